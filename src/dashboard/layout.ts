import type { Role } from '../modules/members/roles.js';
import { faviconDataUri } from '../http/favicon.js';
import { html, type Html } from './html.js';

/** The page frame every dashboard page shares: header, navigation, notices, main content. */

export const dashboardStyles = `
:root{--ink:#15202b;--muted:#5b6b7b;--line:#e2e7ee;--bg:#f6f8fb;--card:#fff;--brand:#2b5cff;--brand-ink:#fff;--ok:#1e8e4e;--warn:#b26a00;--bad:#c62828;--radius:10px}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--brand)}
header.top{background:#0f1b3d;color:#fff}
header.top .bar{max-width:1100px;margin:0 auto;padding:.8rem 1.2rem;display:flex;align-items:center;gap:1.2rem;flex-wrap:wrap}
.logo{font-weight:700;font-size:1.15rem;color:#fff;text-decoration:none;letter-spacing:.02em}
.logo span{color:#8fb0ff}
nav.main{display:flex;gap:.3rem;flex-wrap:wrap}
nav.main a{color:#dbe4ff;text-decoration:none;padding:.35rem .7rem;border-radius:6px}
nav.main a[aria-current=page],nav.main a:hover{background:rgba(255,255,255,.12);color:#fff}
.who{display:flex;align-items:center;gap:.6rem;font-size:.85rem;color:#c9d4f5;margin-left:auto}
.identity{max-width:34ch;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;color:#c9d4f5}
.mode{background:#ffd45c;color:#3b2a00;border-radius:999px;padding:.1rem .55rem;font-size:.75rem;font-weight:600}
main{max-width:1100px;margin:0 auto;padding:1.5rem 1.2rem 4rem}
h1{font-size:1.5rem;margin:.2rem 0 1rem}
h2{font-size:1.1rem;margin:1.6rem 0 .6rem}
.card h2{margin-top:.2rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:var(--radius);padding:1.1rem 1.2rem;margin-bottom:1rem}
.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(260px,1fr))}
.notice{border-radius:8px;padding:.7rem 1rem;margin-bottom:1rem;border:1px solid}
.notice.ok{background:#eaf7ef;border-color:#b7e2c6;color:#14532d}
.notice.error{background:#fdecec;border-color:#f3b9b9;color:#7f1d1d}
label{display:block;font-weight:600;font-size:.85rem;margin:.6rem 0 .25rem}
input[type=text],input[type=email],input[type=password],input[type=search],select{width:100%;padding:.55rem .65rem;border:1px solid #c7d0dc;border-radius:7px;font:inherit;background:#fff}
input:focus,select:focus,button:focus,a:focus{outline:3px solid #9db5ff;outline-offset:1px}
button,.button{display:inline-block;white-space:nowrap;border:0;border-radius:7px;padding:.55rem 1rem;font:inherit;font-weight:600;cursor:pointer;background:var(--brand);color:var(--brand-ink);text-decoration:none}
button.secondary{background:#e8edf7;color:var(--ink)}
button.danger{background:var(--bad)}
button.small{padding:.3rem .65rem;font-size:.85rem}
form.inline{display:inline}
.row{display:flex;gap:.6rem;align-items:flex-end;flex-wrap:wrap}
.row>div{flex:1;min-width:140px}
table{width:100%;border-collapse:collapse;background:#fff}
th,td{text-align:left;padding:.55rem .6rem;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:.78rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.table-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:var(--radius)}
.muted{color:var(--muted)}
/* A client address and user agent: long, unbroken; wrapped inside its column instead of widening the table. */
td.origin,td.request-path{overflow-wrap:anywhere;word-break:break-word;max-width:22rem}
.mono{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em}
.badge{display:inline-block;border-radius:999px;padding:.05rem .55rem;font-size:.78rem;font-weight:600;background:#eef1f6;color:#334}
.badge.active,.badge.approved,.badge.open,.badge.posted,.badge.captured,.badge.delivered,.badge.match,.badge.settled{background:#e3f5ea;color:#17603a}
.badge.suspended,.badge.pending,.badge.inactive,.badge.processing,.badge.shipped,.badge.close_match{background:#fff3d6;color:#7a4b00}
.badge.closed,.badge.lost,.badge.stolen,.badge.rejected,.badge.declined,.badge.released,.badge.revoked,.badge.expired,.badge.no_match{background:#fde7e7;color:#8a1c1c}
.empty{text-align:center;color:var(--muted);padding:2rem 1rem}
.secret{background:#0f1724;color:#e6edf3;border-radius:8px;padding:.7rem .9rem;display:flex;gap:.6rem;align-items:center;justify-content:space-between;flex-wrap:wrap;word-break:break-all}
.auth{max-width:420px;margin:3rem auto}
.balance{font-size:1.4rem;font-weight:700}
.pager{display:flex;justify-content:flex-end;gap:.5rem;margin-top:.8rem}
.shrink{flex:0}
.spaced{margin-top:1.5rem}
.row.tight{gap:.4rem}
.small-link{font-size:.8rem;font-family:system-ui,sans-serif}
details>summary{cursor:pointer;font-weight:600;margin:.2rem 0 .6rem}
details.card>summary{margin:0}
details[open].card>summary{margin-bottom:.8rem}
.actions{display:flex;gap:.4rem;flex-wrap:wrap}
.filters{margin-bottom:.8rem}
.chart{width:100%;height:auto;display:block}
.limits{margin:.6rem 0;display:grid;grid-template-columns:auto 1fr;gap:.3rem .8rem;font-size:.9rem}
.limits dt{color:var(--muted)}
.limits dd{margin:0}
.limits meter{width:100%;display:block;height:.6rem}
.chart .axis{stroke:#c7d0dc;stroke-width:1}
.chart .grid-line{stroke:#eef1f6;stroke-width:1}
.chart .line{fill:none;stroke:var(--brand);stroke-width:2.5;stroke-linejoin:round}
.chart .area{fill:#2b5cff;fill-opacity:.08}
.chart .in{fill:var(--ok)}
.chart .out{fill:var(--bad)}
.chart text{font-size:13px;fill:var(--muted);font-family:system-ui,sans-serif}
.legend{display:flex;gap:1rem;font-size:.85rem;color:var(--muted)}
.legend .swatch{display:inline-block;width:.7rem;height:.7rem;border-radius:2px;margin-right:.3rem;vertical-align:-1px}
.swatch.in{background:var(--ok)}
.swatch.out{background:var(--bad)}
.charts{margin-top:1rem;display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(300px,1fr))}
.link-box{word-break:break-all}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.attempts{margin:.3rem 0 0;padding-left:1.1rem;font-size:.85rem}
.decline-reason{color:var(--bad);font-size:.85rem}
figure{margin:0}
.badge.owner,.badge.current{background:#e6ecff;color:#1f3fb0}
@media (max-width:640px){
  main{padding:1rem .8rem 3rem} .identity{display:none} th.hide-sm,td.hide-sm{display:none} h1{font-size:1.3rem}
  .table-wrap{overflow-x:visible;border:0}
  .table-wrap table,.table-wrap tbody,.table-wrap tr,.table-wrap td{display:block;width:100%}
  .table-wrap thead{display:none}
  .table-wrap tr{border:1px solid var(--line);border-radius:var(--radius);margin-bottom:.7rem;background:#fff;padding:.4rem 0}
  .table-wrap td{border:0;padding:.25rem .8rem}
  .table-wrap td[data-label]::before{content:attr(data-label);display:block;font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
  .who{margin-left:0}
}
`;

export interface SessionView {
  email: string;
  organizationName: string;
  csrfToken: string;
  role: Role;
}

export interface LayoutOptions {
  title: string;
  body: Html;
  /** Signed-in context, when there is one. */
  session?: SessionView;
  current?: 'customers' | 'configuration' | 'team' | 'requests' | 'audit' | 'account';
  sandbox: boolean;
  notice?: { kind: 'ok' | 'error'; text: string } | undefined;
}

export function layout(options: LayoutOptions): string {
  const { session } = options;
  const link = (href: string, label: string, key: LayoutOptions['current']) =>
    html`<a href="${href}" ${options.current === key ? html`aria-current="page"` : ''}>${label}</a>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Linkcy</title>
<link rel="stylesheet" href="/dashboard/app.css">
<link rel="icon" href="${faviconDataUri}">
</head>
<body>
<header class="top"><div class="bar">
  <a class="logo" href="/dashboard">Link<span>cy</span></a>
  ${
    session
      ? html`<nav class="main" aria-label="Main">
          ${link('/dashboard/customers', 'Customers', 'customers')}
          ${link('/dashboard/configuration', 'Configuration', 'configuration')}
          ${link('/dashboard/team', 'Team', 'team')}
          ${link('/dashboard/requests', 'Requests', 'requests')}
          ${link('/dashboard/audit', 'Audit log', 'audit')}
          ${link('/dashboard/account', 'Account', 'account')}
          <a href="/docs">API docs</a>
        </nav>
        <div class="who">
          ${options.sandbox ? html`<span class="mode">Sandbox</span>` : ''}
          <span class="identity" title="${session.organizationName} · ${session.email} (${session.role})">${session.organizationName} · ${session.email}</span>
          <form class="inline" method="post" action="/dashboard/sign-out">
            <input type="hidden" name="_csrf" value="${session.csrfToken}">
            <button class="small secondary" type="submit">Sign out</button>
          </form>
        </div>`
      : html`<nav class="main" aria-label="Main"><a href="/docs">API docs</a></nav>`
  }
</div></header>
<main>
${options.notice ? html`<div class="notice ${options.notice.kind}" role="${options.notice.kind === 'error' ? 'alert' : 'status'}">${options.notice.text}</div>` : ''}
${options.body}
</main>
<script src="/dashboard/app.js"></script>
</body>
</html>`.value;
}

/** Copy buttons and confirmation prompts; served as a file so the CSP can forbid inline scripts. */
export const dashboardScript = `
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button) return;
  var text = document.getElementById(button.getAttribute('data-copy')).textContent;
  navigator.clipboard.writeText(text).then(function () { button.textContent = 'Copied'; });
});
document.addEventListener('submit', function (event) {
  var message = event.target.getAttribute('data-confirm');
  if (message && !window.confirm(message)) event.preventDefault();
});
`;
