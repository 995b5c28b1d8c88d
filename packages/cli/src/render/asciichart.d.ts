// Types for the untyped `asciichart` package (only what Blockade uses).
declare module 'asciichart' {
  interface PlotConfig {
    readonly height?: number;
    readonly min?: number;
    readonly max?: number;
    readonly offset?: number;
    readonly padding?: string;
    readonly format?: (x: number, i: number) => string;
  }
  /** Draws one series as lines of text. */
  export function plot(series: readonly number[], config?: PlotConfig): string;
}
