/**
 * Inside a shadow root, so the partner's CSS cannot break the widget nor the widget the page.
 * Logical properties (inline/block) make the same rules work right to left. Colours meet
 * WCAG AA contrast; targets are at least 44 px tall for thumbs.
 */
export const styles = `
:host{display:block;color:#1b1b1b;background:#fff;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Naskh Arabic",sans-serif}
*{box-sizing:border-box}
.aw{max-width:44rem;margin-inline:auto;padding:1rem;border:1px solid #c9ced6;border-radius:.5rem}
h2{font-size:1.4rem;line-height:1.3;margin:0 0 .5rem}
h3{font-size:1.15rem;line-height:1.35;margin:1.25rem 0 .5rem}
h4{font-size:1rem;margin:1rem 0 .25rem}
p,li,legend,label,h2,h3,h4{overflow-wrap:anywhere}
a{color:#0b4f8a;text-underline-offset:2px}
:focus-visible{outline:3px solid #c2410c;outline-offset:2px}
.aw-summary{color:#333;margin:0 0 1rem}
.aw-note{background:#fff7e0;border-inline-start:4px solid #8a5a00;padding:.5rem .75rem;margin:.5rem 0}
.aw-card{background:#f3f6fa;border-radius:.5rem;padding:1rem;margin:1rem 0}
.aw-actions{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:1rem}
button{font:inherit;min-height:44px;padding:.5rem 1rem;border-radius:.4rem;border:2px solid #0b4f8a;cursor:pointer}
.aw-primary{background:#0b4f8a;color:#fff}
.aw-secondary{background:#fff;color:#0b4f8a}
button[disabled]{opacity:.7;cursor:progress}
fieldset{border:1px solid #c9ced6;border-radius:.5rem;margin:0 0 1rem;padding:.75rem 1rem}
legend{font-weight:600;padding-inline:.25rem}
.aw-progress{display:block;width:100%;height:.5rem;margin:0 0 .75rem;accent-color:#0b4f8a}
.aw-count{display:block;font-weight:400;font-size:.9rem;color:#4a4f57}
.aw-choice{display:flex;gap:.6rem;align-items:flex-start;min-height:44px;padding:.35rem 0;cursor:pointer}
.aw-choice input{width:1.25rem;height:1.25rem;margin:.15rem 0 0;flex:none}
.aw-error{color:#a3141c;font-weight:600}
.aw-body section,.aw-body aside{background:#f3f6fa;border-radius:.5rem;padding:.25rem 1rem;margin:1rem 0}
.aw-body aside[data-placeholder]{display:none}
.aw-body img{max-width:100%;height:auto}
.aw-body ul,.aw-body ol,.aw-feedback ul{padding-inline-start:1.25rem}
.aw-feedback li{margin-bottom:.75rem}
.aw-change{font-weight:600;font-size:1.05rem}
.aw-right{color:#14652f;font-weight:600}
.aw-wrong{color:#a3141c;font-weight:600}
.aw-hotlines ul{list-style:none;padding:0;margin:0}
.aw-hotlines li{border-top:1px solid #c9ced6;padding:.6rem 0}
.aw-call{display:inline-block;margin-top:.25rem;font-weight:600}
.aw-status:empty{display:none}
.aw-status{margin:.75rem 0}
@media (max-width:30rem){.aw{padding:.75rem;border-inline:0;border-radius:0}.aw-actions button{width:100%}}
`
