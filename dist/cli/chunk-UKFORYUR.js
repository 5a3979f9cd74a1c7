import { createRequire as __qgCreateRequire } from 'node:module';
const require = __qgCreateRequire(import.meta.url);

// src/cli/suggest.ts
var MAX_WORD = 64;
function editDistance(a, b) {
  const n = a.length;
  const m = b.length;
  let back2 = new Array(m + 1).fill(0);
  let back = Array.from({ length: m + 1 }, (_, j) => j);
  let row = new Array(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    row[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(back[j] + 1, row[j - 1] + 1, back[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, back2[j - 2] + 1);
      }
      row[j] = d;
    }
    ;
    [back2, back, row] = [back, row, back2];
  }
  return back[m];
}
function allowed(word) {
  return Math.max(1, Math.min(3, Math.floor(word.length / 4)));
}
function nearest(word, candidates) {
  if (word.length === 0 || word.length > MAX_WORD) return void 0;
  const w = word.toLowerCase();
  let best;
  let bestDistance = allowed(w) + 1;
  for (const c of candidates) {
    if (c.length > MAX_WORD || Math.abs(c.length - w.length) >= bestDistance) continue;
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

export {
  nearest
};
//# sourceMappingURL=chunk-UKFORYUR.js.map
