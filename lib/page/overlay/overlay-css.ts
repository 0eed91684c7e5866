// The overlay's styles, scoped to its shadow root: the site's CSS cannot reach them and they reach nothing of the site.
import { NEUTRAL_COLOR } from './severity-colors';

export const OVERLAY_CSS = `
.layer{position:fixed;left:0;top:0;width:0;height:0}
.span-mark{position:fixed;box-sizing:border-box;pointer-events:none;border-bottom:2px solid var(--mark-color);background:color-mix(in srgb,var(--mark-color) 10%,transparent)}
.badge{position:fixed;pointer-events:auto;display:flex;align-items:center;gap:4px;height:24px;box-sizing:border-box;margin:0;padding:0 2px;
  border:1px solid #dadce0;border-radius:12px;background:#fff;color:#202124;box-shadow:0 1px 3px rgba(0,0,0,.25);font:600 12px/1 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;cursor:default;white-space:nowrap}
.badge:focus-visible{outline:2px solid #1a73e8;outline-offset:1px}
.badge-dot{min-width:18px;height:18px;box-sizing:border-box;padding:0 5px;border-radius:9px;background:var(--badge-color,${NEUTRAL_COLOR});color:#fff;display:flex;align-items:center;justify-content:center;font-size:12px}
.badge[data-severity=none][data-count="0"] .badge-dot{font-size:14px;font-weight:700}
.badge-tag,.badge-text{margin:0 4px 0 1px}
.badge-tag{text-transform:uppercase;letter-spacing:.03em;font-size:10px;color:var(--badge-color,${NEUTRAL_COLOR})}
.badge-text{font-weight:500;color:${NEUTRAL_COLOR}}
.card{position:fixed;pointer-events:none;box-sizing:border-box;width:max-content;max-width:min(320px,calc(100vw - 16px));overflow-y:auto;overscroll-behavior:contain;padding:10px 12px;border-radius:8px;background:#fff;color:#202124;
  border:1px solid #dadce0;box-shadow:0 4px 16px rgba(0,0,0,.2);font:400 13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left}
.card h3{margin:0 0 6px;font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;color:${NEUTRAL_COLOR}}
.card ul{list-style:none;margin:0;padding:0}
.card li+li{margin-top:8px}
.card section+section{margin-top:10px;padding-top:8px;border-top:1px solid #eee}
.finding-head{display:flex;gap:6px;align-items:baseline;font-size:11px;font-weight:600;color:var(--finding-color)}
.finding-message{margin-top:2px}
.finding-meta{margin-top:2px;font-size:12px;color:${NEUTRAL_COLOR}}
.finding-replacement{margin-top:4px;font-size:12px;color:#137333}
.path-label{font-weight:600}
.path-line{font-size:12px;color:${NEUTRAL_COLOR}}
.mode-line{font-size:12px;font-weight:600;color:#b3261e}
.cut-note{font-size:12px;color:${NEUTRAL_COLOR}}
.card[data-pinned]{pointer-events:auto}
.card section:focus-visible{outline:2px solid #1a73e8;outline-offset:2px}
.pin-hint,.report-note{font-size:11px;color:${NEUTRAL_COLOR}}
.pin-hint{margin-top:8px}
.report{margin-top:4px;font-size:12px}
.report button{margin:0;padding:2px 8px;border:1px solid #dadce0;border-radius:12px;background:#fff;color:#202124;font:inherit;cursor:pointer}
.report .report-open{padding:0;border:0;background:none;color:#1a73e8;text-decoration:underline}
.report button:focus-visible{outline:2px solid #1a73e8}
.report-picker{display:flex;flex-wrap:wrap;gap:4px}
.report-title,.report-note{flex-basis:100%}
.report-title{font-weight:600}
.report-status{color:#137333}
.report[data-result=failed] .report-status{color:#b3261e}
`;
