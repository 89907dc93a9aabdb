import * as OpenCC from 'opencc-js/t2cn';

// Taiwan and Hong Kong conventions differ in a few characters and phrases (臺/台, 裏/裡); converting with both
// covers a query typed in either. Built lazily: the dictionaries take a moment to load.
let converters: Array<(text: string) => string> | null = null;

/**
 * The Simplified forms of a query typed in Traditional characters (Taiwan, Hong Kong or generic), distinct and
 * different from the input. Empty when the text has nothing to convert, e.g. it is already Simplified.
 */
export function simplifiedVariants(text: string): string[] {
  converters ??= [
    OpenCC.Converter({ from: 'tw', to: 'cn' }),
    OpenCC.Converter({ from: 'hk', to: 'cn' }),
    OpenCC.Converter({ from: 't', to: 'cn' }),
  ];
  const out = new Set<string>();
  for (const convert of converters) {
    const s = convert(text);
    if (s !== text) out.add(s);
  }
  return [...out];
}
