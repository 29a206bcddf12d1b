/**
 * Renders Markdown as GitHub does where it matters for injection (markdown-it: CommonMark, GFM
 * tables, raw HTML passed through, bare URLs linked), and lists what a hostile pull request could
 * have made of a body: HTML elements, links, mentions, issue references, suggestion blocks.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: true, linkify: true });
// GitHub links bare `www.` names and `http(s)://` URLs, not any `name.tld` (markdown-it's fuzzy
// links would); `www.` is checked on the text below.
md.linkify.set({ fuzzyLink: false });

export interface Rendered {
  readonly html: string;
  /** Tag names of every element (lowercase), in order. */
  readonly tags: readonly string[];
  /** `href` of every link. */
  readonly links: readonly string[];
  /** Text outside code that GitHub would turn into a mention (`@user`, `@org/team`). */
  readonly mentions: readonly string[];
  /** Text outside code that GitHub would link to an issue (`#12`). */
  readonly issueRefs: readonly string[];
  /** Contents of ```suggestion blocks. */
  readonly suggestions: readonly string[];
  /** Raw HTML comments in the source (hidden markers). */
  readonly comments: readonly string[];
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function render(body: string): Rendered {
  const html = md.render(body);
  const tags = [...html.matchAll(/<([A-Za-z][A-Za-z0-9-]*)/g)].map((m) => (m[1] as string).toLowerCase());
  const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => decode(m[1] as string));
  // GitHub finds mentions and references in text nodes, never inside code, pre or links.
  const text = decode(
    html
      .replace(/<pre[\s\S]*?<\/pre>/g, ' ')
      .replace(/<code>[\s\S]*?<\/code>/g, ' ')
      .replace(/<a [\s\S]*?<\/a>/g, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]*>/g, ' '),
  );
  const mentions = [...text.matchAll(/(?:^|[^A-Za-z0-9`])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?)/g)].map(
    (m) => `@${m[1]}`,
  );
  const wwwLinks = [...text.matchAll(/(?:^|[^A-Za-z0-9])(www\.[A-Za-z0-9-]+\.[A-Za-z]{2,})/gi)].map((m) => m[1] as string);
  const issueRefs = [...text.matchAll(/(?:^|[^A-Za-z0-9&])#([0-9]+)/g)].map((m) => `#${m[1]}`);
  const suggestions = [...html.matchAll(/<pre><code class="language-suggestion">([\s\S]*?)<\/code><\/pre>/g)].map((m) =>
    decode(m[1] as string),
  );
  const comments = [...body.matchAll(/<!--[\s\S]*?-->/g)].map((m) => m[0]);
  return { html, tags, links: [...links, ...wwwLinks], mentions, issueRefs, suggestions, comments };
}
