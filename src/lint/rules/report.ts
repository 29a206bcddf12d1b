/**
 * How a rule words a diagnostic: from its `meta.messages` template by id, with `{{name}}`
 * placeholders filled from `data`. Filling is one pass over the template, so text that came from
 * the repository (a table named `{{x}}`) is never filled again.
 */
import type { Diagnostic, Severity } from '../../core/types.js';
import type { MessageTemplate, Rule } from './types.js';

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
// biome-ignore lint/suspicious/noExplicitAny: rules of every subject type share this signature
export function renderMessage<M extends string>(
  rule: Rule<never, M> | Rule<any, M>,
  messageId: M,
  data: MessageData = {},
): { message: string; help?: string } {
  const template: MessageTemplate = rule.meta.messages[messageId];
  const help = template.help === undefined ? undefined : fillTemplate(template.help, data);
  return { message: fillTemplate(template.message, data), ...(help ? { help } : {}) };
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

/**
 * A finding worded elsewhere as one text (a TiDB validator's "TiDB rejects X (error 8164): write
 * Y."), cut into the headline and the help: at the first "): " or ": " after a closing
 * parenthesis, else after the first sentence. A text with no such cut is all headline.
 */
export function splitHeadline(text: string): { headline: string; help: string } {
  const trimmed = text.trim();
  const paren = trimmed.indexOf('): ');
  if (paren > 0) return { headline: trimmed.slice(0, paren + 1), help: stripEnd(trimmed.slice(paren + 3)) };
  const sentence = /[.!?]\s+(?=[A-Z`])/.exec(trimmed);
  if (sentence && sentence.index > 0)
    return { headline: trimmed.slice(0, sentence.index), help: stripEnd(trimmed.slice(sentence.index + sentence[0].length)) };
  return { headline: stripEnd(trimmed), help: '' };
}

function stripEnd(text: string): string {
  return text.replace(/[.\s]+$/, '');
}
