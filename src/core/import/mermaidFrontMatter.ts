/**
 * The YAML front matter Mermaid accepts before a diagram (`---\ntitle: Order\n---`).
 * Only `title` means something to a machine (its name); other keys configure
 * rendering. Titles are read as YAML scalars: double-quoted (JSON escapes),
 * single-quoted (`''` for a quote) or plain.
 */
export interface MermaidFrontMatter {
  readonly title?: string;
  /** Index of the first line after the front matter. */
  readonly bodyStart: number;
}

/**
 * Reads the front matter at the top of a Mermaid text split into lines.
 * @example readMermaidFrontMatter(['---', 'title: "Order"', '---', 'stateDiagram-v2']) // { title: 'Order', bodyStart: 3 }
 */
export function readMermaidFrontMatter(lines: readonly string[]): MermaidFrontMatter {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || lines[first]!.trim() !== '---') return { bodyStart: 0 };
  const end = lines.findIndex((line, index) => index > first && line.trim() === '---');
  if (end < 0) return { bodyStart: 0 };
  let title: string | undefined;
  for (const line of lines.slice(first + 1, end)) {
    const match = /^title:\s*(.*)$/.exec(line);
    if (match) title = yamlScalar(match[1]!.trim());
  }
  return { ...(title !== undefined ? { title } : {}), bodyStart: end + 1 };
}

function yamlScalar(text: string): string {
  if (text.startsWith('"')) {
    try {
      return JSON.parse(text) as string;
    } catch {
      return text.slice(1, -1);
    }
  }
  if (text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replaceAll("''", "'");
  return text;
}
