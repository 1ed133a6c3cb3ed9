import type { MessageKey, Messages } from './messages';

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** The message with each `{{name}}` replaced; an unknown name is left as it is, so it shows. */
export function translate(messages: Messages, key: MessageKey, vars?: Vars): string {
  const text = messages[key];
  if (!vars) return text;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
