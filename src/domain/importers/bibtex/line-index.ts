/** A place in a text, counted from 1 as editors show it. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Converts between offsets and line-and-column positions of one text. */
export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.lineStarts.push(at + 1);
  }

  positionOf(offset: number): TextPosition {
    let low = 0;
    let high = this.lineStarts.length - 1;

    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }

    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
  }

  offsetOf({ line, column }: TextPosition): number {
    const lineStart = this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1] ?? 0;

    return lineStart + column - 1;
  }
}
