/**
 * How a rule words a diagnostic: from its `meta.messages` template by id, with `{{name}}`
 * placeholders filled from `data`. Filling is one pass over the template, so text that came from
 * the repository (a table named `{{x}}`) is never filled again.
 */
import type { Diagnostic, Severity } from '../../core/types.js';
import { createInterner } from '../../core/intern.js';
import type { MessageTemplate, Rule } from './types.js';

/**
 * Rendered messages and help repeat (the same help for hundreds of findings): one copy of each.
 * The 64x benchmark has about 7,000 distinct ones; what the table keeps after a run is bounded by
 * its 8,192 entries of at most 2,048 characters.
 */
const shared = createInterner(8192, 2048);

export type MessageData = Readonly<Record<string, string | number>>;

/** What a rule gives besides its id, message and help; the severity defaults to the rule's. */
export type DiagnosticFields = Omit<Diagnostic, 'rule' | 'message' | 'help' | 'messageId' | 'severity'> & { readonly severity?: Severity };

export function fillTemplate(template: string, data: MessageData): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = data[name];
    return value === undefined ? whole : String(value);
  });
}

/** The headline and help of one message of `rule`. */
export function renderMessage<M extends string>(
  // biome-ignore lint/suspicious/noExplicitAny: rules of every subject type share this signature
  rule: Rule<never, M> | Rule<any, M>,
  messageId: M,
  data: MessageData = {},
): { message: string; help?: string } {
  const template: MessageTemplate = rule.meta.messages[messageId];
  const help = template.help === undefined ? undefined : shared(fillTemplate(template.help, data));
  return { message: shared(fillTemplate(template.message, data)), ...(help ? { help } : {}) };
}

/** A diagnostic of `rule` worded by its message `messageId`. */
// biome-ignore lint/suspicious/noExplicitAny: rules of every subject type share this signature
export function report<M extends string>(rule: Rule<any, M>, messageId: M, data: MessageData, fields: DiagnosticFields): Diagnostic {
  const { severity, ...rest } = fields;
  return {
    rule: rule.id,
    severity: severity ?? rule.meta.defaultSeverity,
    messageId,
    ...renderMessage(rule, messageId, data),
    ...rest,
  };
}
