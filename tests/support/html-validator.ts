import { HtmlValidate } from 'html-validate';

// Recommended rules, all on. The only exception is named here with its reason.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as `<meta …>`; the rule's default wants `<meta … />`. Both are valid HTML.
    'void-style': 'off',
  },
});

/** What html-validate finds wrong in a page, one `rule: message (line N)` each; empty when valid. */
export async function htmlProblems(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
}
