/** The shapes page-structure.ts and photo-items.ts pass between them: page elements, tokens, drafts. */
import type { ArticleKind } from './types.js';

/** A line or block of the page, in page order. */
export type Element =
  | { t: 'banner'; no: number; section: string }
  | { t: 'byline'; no: number; text: string; authors: string[]; closing: boolean }
  | { t: 'credit'; no: number; text: string; authors: string[] }
  | { t: 'head'; no: number; text: string }
  /** `lead`: the paragraph's first line, when it is title-shaped (it may be a headline run into the text). */
  | { t: 'para'; no: number; text: string; dateline: boolean; lead?: string | undefined };

export type BodyElement = Extract<Element, { t: 'byline' | 'para' | 'credit' }>;

/** An article before ids are assigned: headline lines, bylines (the first lines of its body), paragraphs. */
export interface Draft {
  no: number;
  kind: ArticleKind;
  heads: string[];
  bylines: string[];
  authors: string[];
  paragraphs: string[];
  /** Indexes of the paragraphs that are intertitles (set like headlines inside the story). */
  subheads?: number[];
}

/** What the assembly needs to know of the page's column. */
export interface Column {
  width: number;
  measure: (s: string) => number;
}

export type Token =
  /** A headline group: `role` says whether it is a candidate title or body text set like a headline. */
  | {
      t: 'heads';
      no: number;
      lines: string[];
      role: 'title' | 'intertitle' | 'place' | 'label';
      /** Joined from a line that wrapped (see mergeWrapped): its width says nothing about a headline. */
      wrapped?: boolean;
    }
  | { t: 'body'; no: number; items: BodyElement[] }
  | { t: 'stop' }
  | { t: 'credit'; e: Extract<Element, { t: 'credit' }> };
