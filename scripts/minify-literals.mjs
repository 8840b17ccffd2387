/**
 * Build-time minification of lit's `html`, `svg` and `css` template literals (issue 13), in one
 * place for every build that ships code: the single-file and per-widget bundles
 * (packages/pm-widgets/vite.bundle.config.ts), the packages' dist/ (scripts/build.mjs, after tsc)
 * and `npm run size` (so it measures what ships).
 *
 * The work is done by `minify-literals` (html-minifier-next for markup, Lightning CSS for styles);
 * this file only chooses options that keep lit's templates intact:
 * - markup is a fragment with bindings (`.prop=`, `?attr=`, `@event=`, `${…}` between tags), so
 *   attribute names keep their case, attribute quotes stay, `<circle … />` keeps its slash (an
 *   `svg` fragment is parsed by lit inside `<svg>`, where a dropped slash would nest the siblings),
 *   and no attribute is dropped for being empty (`alt=""` means decorative);
 * - whitespace collapses to one space but never disappears, so text beside inline elements and
 *   bindings reads exactly as before;
 * - CSS is minified without browser targets: nothing is lowered (`light-dark()`, nesting and
 *   logical properties stay as written).
 */
import { minifyHTMLLiterals } from 'minify-literals';

export const literalOptions = {
  html: {
    caseSensitive: true,
    collapseWhitespace: true,
    conservativeCollapse: true,
    decodeEntities: false,
    keepClosingSlash: true,
    // Inline `style="…${x}…"` holds bindings Lightning CSS cannot read: left as written.
    minifyCSS: false,
    minifyJS: false,
    removeAttributeQuotes: false,
    removeComments: true,
    removeEmptyAttributes: false,
  },
  css: { minify: true },
};

/** A tagged `html`, `svg` or `css` literal (tsc writes `css \``, with a space). */
const TAGGED = /\b(html|svg|css)\s*`/;

/** Minifies the literals in one module's code; `null` when nothing changed. */
export async function minifyLiterals(code, fileName) {
  if (!TAGGED.test(code)) return null;
  return minifyHTMLLiterals(code, { ...literalOptions, fileName });
}

/** The same as a Vite / Rolldown plugin, for our own sources (not node_modules). */
export function minifyLiteralsPlugin() {
  return {
    name: 'pm-minify-literals',
    transform: {
      // Filtered before JavaScript is called, so the other modules cost nothing.
      filter: { id: { include: /\.[cm]?[jt]s(\?|$)/, exclude: /\/node_modules\// }, code: TAGGED },
      async handler(code, id) {
        const result = await minifyLiterals(code, id.replace(/\?.*$/, ''));
        return result && { code: result.code, map: result.map };
      },
    },
  };
}

/**
 * The same over a package's tsc output (dist/**\/*.js), in place; each file's source map is
 * carried through, so it still points at the TypeScript sources. Returns how many files changed.
 */
export async function minifyLiteralsInDir(dir) {
  const { readdirSync, readFileSync, writeFileSync, existsSync } = await import('node:fs');
  const { join, basename } = await import('node:path');
  const { default: remapping } = await import('@jridgewell/remapping');
  let changed = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    const result = await minifyLiterals(code, file);
    if (!result) continue;
    changed++;
    writeFileSync(file, result.code);
    const mapFile = `${file}.map`;
    if (existsSync(mapFile)) {
      const literalsMap = { ...result.map, sources: [basename(file)], file: basename(file) };
      const tscMap = readFileSync(mapFile, 'utf8');
      const merged = remapping(literalsMap, (source) => (source === basename(file) ? tscMap : null));
      writeFileSync(mapFile, JSON.stringify({ ...merged, file: basename(file) }));
    }
  }
  return changed;
}
