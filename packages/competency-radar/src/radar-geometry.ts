/**
 * The radar's geometry, in SVG user units that equal CSS pixels at the measured width: axis
 * angles, the radius, scale rings, and wrapped labels placed so they never overlap each other or
 * leave the view box. Pure: text width comes from the `measure` function given.
 */

export type Measure = (text: string) => number;

export interface AxisLabel {
  /** Anchor point and alignment of the first line. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  /** The full name, when the lines had to be shortened with an ellipsis. */
  truncated: boolean;
  /** The label's box (for overlap checks). */
  box: Box;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RadarGeometry {
  viewBox: Box;
  cx: number;
  cy: number;
  radius: number;
  /** Unit vectors of the axes, clockwise from the top (counter-clockwise in RTL). */
  directions: { dx: number; dy: number }[];
  labels: AxisLabel[];
  lineHeight: number;
  fontSize: number;
}

export interface GeometryOptions {
  names: readonly string[];
  /** The container's width in CSS pixels. */
  width: number;
  fontSize: number;
  measure: Measure;
  rtl?: boolean;
}

const PAD = 10;
const MAX_LINES = 3;
const MAX_RADIUS = 230;

/** Breaks a name into at most `MAX_LINES` lines no wider than `maxWidth`, with an ellipsis when cut. */
export function wrapLabel(text: string, maxWidth: number, measure: Measure): { lines: string[]; truncated: boolean } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let truncated = false;
  let line = '';
  const fit = (word: string) => {
    // A single word too long for a line is cut with an ellipsis.
    if (measure(word) <= maxWidth) return word;
    truncated = true;
    let cut = word;
    while (cut.length > 1 && measure(`${cut}…`) > maxWidth) cut = cut.slice(0, -1);
    return `${cut}…`;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = fit(word);
    if (lines.length === MAX_LINES - 1 && i < words.length - 1) {
      // Last line: take what fits of the rest and end with an ellipsis.
      let rest = words.slice(i).join(' ');
      while (rest.length > 1 && measure(`${rest}…`) > maxWidth) rest = rest.slice(0, -1).trimEnd();
      line = `${rest}…`;
      truncated = true;
      break;
    }
  }
  if (line) lines.push(line);
  return { lines: lines.length ? lines : [''], truncated };
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export function radarGeometry({ names, width, fontSize, measure, rtl = false }: GeometryOptions): RadarGeometry {
  const n = names.length;
  const lineHeight = Math.round(fontSize * 1.25);
  const directions = names.map((_, i) => {
    const angle = (2 * Math.PI * i) / n;
    const dx = Math.sin(angle) * (rtl ? -1 : 1);
    return { dx: Math.abs(dx) < 1e-12 ? 0 : dx, dy: -Math.cos(angle) };
  });
  const alignOf = (dx: number): AxisLabel['anchor'] => (dx > 0.3 ? 'start' : dx < -0.3 ? 'end' : 'middle');

  // Wider containers allow wider labels; the chart gives way until the radius is reasonable.
  // Room for the longest word where the width allows, so words are cut only when they must be.
  const longestWord = Math.max(0, ...names.flatMap((name) => name.split(/\s+/)).map(measure));
  let labelWidth = Math.max(64, Math.min(150, Math.max(width * 0.24, Math.min(longestWord, width * 0.32))));
  let radius = 0;
  let wrapped: { lines: string[]; truncated: boolean; width: number }[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    // A top or bottom label must end before its neighbours' labels begin (they start at the
    // neighbouring axes' ends, sin(2π/n) of the radius to the side).
    const middleWidth = (r: number) => Math.max(72, Math.min(labelWidth, 1.9 * (r + PAD) * Math.sin((2 * Math.PI) / Math.max(n, 3))));
    const guess = Math.min(MAX_RADIUS, Math.max(40, width / 2 - labelWidth - PAD));
    wrapped = names.map((name, i) => {
      const max = alignOf(directions[i]!.dx) === 'middle' ? middleWidth(guess) : labelWidth;
      const w = wrapLabel(name, max, measure);
      return { ...w, width: Math.max(...w.lines.map(measure)) };
    });
    // The largest radius at which every label still fits across the width.
    radius = MAX_RADIUS;
    const half = width / 2;
    wrapped.forEach((w, i) => {
      const { dx } = directions[i]!;
      const align = alignOf(dx);
      const reach = align === 'middle' ? half - w.width / 2 : half - w.width;
      const limit = Math.abs(dx) < 1e-9 ? Infinity : reach / Math.abs(dx) - PAD;
      if (align === 'middle' && reach < 0) return;
      radius = Math.min(radius, limit);
    });
    if (radius >= Math.min(90, width * 0.2) || labelWidth <= 64) break;
    labelWidth = Math.max(64, labelWidth * 0.8);
  }
  radius = Math.max(40, Math.floor(radius));

  const cx = width / 2;
  const cy = 0;
  const labels: AxisLabel[] = wrapped.map((w, i) => {
    const { dx, dy } = directions[i]!;
    const anchor = alignOf(dx);
    const x = cx + (radius + PAD) * dx;
    const ay = cy + (radius + PAD) * dy;
    const height = w.lines.length * lineHeight;
    // Top labels sit above their axis end, bottom ones below, side ones centred on it.
    const top = dy < -0.3 ? ay - height : dy > 0.3 ? ay : ay - height / 2;
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w.width : x - w.width / 2;
    return {
      x, y: top, anchor, lines: w.lines, truncated: w.truncated,
      box: { x: left, y: top, width: w.width, height },
    };
  });

  // Side labels may crowd vertically: push them apart, top to bottom, on each side.
  for (const side of ['start', 'end'] as const) {
    const column = labels.filter((l) => l.anchor === side).sort((a, b) => a.box.y - b.box.y);
    for (let i = 1; i < column.length; i++) {
      const above = column[i - 1]!;
      const label = column[i]!;
      const gap = above.box.y + above.box.height + 2 - label.box.y;
      if (gap > 0) {
        label.box.y += gap;
        label.y += gap;
      }
    }
  }
  // Anything still touching (a top or bottom label against a side one): move it outward.
  for (let round = 0; round < 40; round++) {
    let moved = false;
    labels.forEach((label, i) => {
      for (let j = 0; j < i; j++) {
        if (!overlaps(label.box, labels[j]!.box)) continue;
        const step = label.anchor === 'middle' ? 0 : 4;
        const dy = directions[i]!.dy;
        const push = dy < 0 ? -4 : 4;
        label.box.y += push;
        label.y += push;
        label.box.x += step * Math.sign(directions[i]!.dx);
        label.x += step * Math.sign(directions[i]!.dx);
        moved = true;
      }
    });
    if (!moved) break;
  }

  // The view box holds the whole circle and every label, with a small margin.
  let minX = cx - radius;
  let maxX = cx + radius;
  let minY = cy - radius;
  let maxY = cy + radius;
  for (const { box } of labels) {
    minX = Math.min(minX, box.x);
    maxX = Math.max(maxX, box.x + box.width);
    minY = Math.min(minY, box.y);
    maxY = Math.max(maxY, box.y + box.height);
  }
  const margin = 4;
  minX = Math.min(minX - margin, 0);
  maxX = Math.max(maxX + margin, width);
  const viewBox = { x: minX, y: minY - margin, width: maxX - minX, height: maxY - minY + 2 * margin };
  return { viewBox, cx, cy, radius, directions, labels, lineHeight, fontSize };
}

/** Where `value` lies on axis `index`: the scale's minimum at the centre, its maximum on the rim. */
export function pointAt(geometry: RadarGeometry, index: number, value: number, scale: { min: number; max: number }): { x: number; y: number } {
  const { dx, dy } = geometry.directions[index]!;
  const r = (geometry.radius * (value - scale.min)) / (scale.max - scale.min);
  return { x: geometry.cx + r * dx, y: geometry.cy + r * dy };
}
