package dev.errand.report;

/** The report's stylesheet, inlined into the page (no external requests, no fonts to fetch). */
final class ReportStyle {

  private ReportStyle() {}

  static final String CSS =
      """
      :root{--bg:#f3f4f6;--card:#fff;--line:#e5e7eb;--ink:#111827;--muted:#6b7280;
        --good:#059669;--warn:#d97706;--bad:#dc2626;--arm:#94a3b8;--rel:#f97316;--after:#3b82f6;
        --hand:#a855f7;--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);
        font:14px/1.45 ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",
        "DejaVu Sans",Arial,sans-serif}
      main{max-width:1180px;margin:0 auto;padding:28px 28px 40px}
      .mono{font-family:var(--mono);font-size:.92em}
      .muted{color:var(--muted)} .small{font-size:12.5px} .bad{color:var(--bad)}
      .warn{color:var(--warn)} .strong{font-weight:600}
      header.top{margin-bottom:16px}
      .brand{font-weight:700;letter-spacing:.02em;color:#4b5563;font-size:13px;text-transform:uppercase}
      .brand span{font-weight:500;color:var(--muted);text-transform:none;letter-spacing:0}
      h1{font-size:26px;margin:4px 0 4px;letter-spacing:-.01em}
      h2{font-size:16px;margin:0 0 12px;letter-spacing:.01em}
      h2 .muted{font-weight:400;font-size:13px}
      .card{background:var(--card);border:1px solid var(--line);border-radius:14px;padding:18px 20px;
        margin:16px 0;box-shadow:0 1px 2px rgba(0,0,0,.04)}
      .banner{display:flex;gap:18px;align-items:stretch;justify-content:space-between;flex-wrap:wrap;
        border-radius:16px;padding:20px 22px;color:#fff;box-shadow:0 6px 18px rgba(0,0,0,.10)}
      .banner.good{background:linear-gradient(135deg,#047857,#10b981)}
      .banner.warn{background:linear-gradient(135deg,#b45309,#f59e0b)}
      .banner.bad{background:linear-gradient(135deg,#991b1b,#ef4444)}
      .verdict{display:flex;gap:16px;align-items:center;min-width:300px;flex:1}
      .icon{width:54px;height:54px;border-radius:50%;background:rgba(255,255,255,.22);display:flex;
        align-items:center;justify-content:center;font-size:30px;font-weight:700;flex:none}
      .oid{font-size:28px;font-weight:750;letter-spacing:-.01em;line-height:1.1}
      .omsg{font-size:15px;opacity:.95}
      .ostep{font-family:var(--mono);font-size:12.5px;margin-top:4px;opacity:.95}
      .tiles{display:flex;gap:10px;flex-wrap:wrap}
      .tile{background:rgba(255,255,255,.16);border:1px solid rgba(255,255,255,.25);border-radius:12px;
        padding:9px 14px;min-width:112px}
      .tname{font-size:11px;text-transform:uppercase;letter-spacing:.06em;opacity:.85}
      .tvalue{font-size:21px;font-weight:700;font-variant-numeric:tabular-nums;line-height:1.25}
      .tsub{font-size:11.5px;opacity:.85}
      .notice{border-radius:10px;padding:10px 14px;margin:12px 0;border:1px solid}
      .notice.warn{background:#fffbeb;border-color:#fcd34d;color:#78350f}
      svg{display:block;width:100%;height:auto}
      svg text{font-family:ui-sans-serif,system-ui,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif}
      svg .label{font-size:11.5px;fill:#374151} svg .legend{font-size:11.5px;fill:#4b5563}
      svg .tick{font-size:10.5px;fill:#6b7280;text-anchor:middle} svg .strong{fill:#111827;font-weight:600}
      svg .dur{font-size:10.5px;fill:#6b7280;font-family:var(--mono);paint-order:stroke;stroke:#fff;
        stroke-width:3px;stroke-linejoin:round} svg .crash{fill:var(--bad);font-weight:600}
      svg .stripe{fill:#f9fafb} svg .grid{stroke:#eef0f3;stroke-width:1} svg .axis{stroke:#d1d5db}
      svg .bar.ph-arm{fill:var(--arm)} svg .bar.ph-at-release{fill:var(--rel)}
      svg .bar.ph-after{fill:var(--after)} svg .bar.ty-handoff{fill:var(--hand)}
      svg .bar.failed{fill:var(--bad)} svg .bar.skipped{opacity:.35}
      svg .bar.unfinished{fill:url(#hatch);stroke:var(--bad);stroke-dasharray:3 2}
      svg .instant{stroke:#e11d48;stroke-width:2} svg .fired{stroke:#111827;stroke-width:1.2;stroke-dasharray:4 3}
      svg .tpill{fill:#e11d48} svg .tpilltext{fill:#fff;font-size:11px;font-weight:700;text-anchor:middle}
      svg .gap{fill:#fff} svg .zigzag{fill:none;stroke:#9ca3af;stroke-width:1.2}
      svg .gaplabel{font-size:9.5px;fill:#6b7280;text-anchor:middle}
      svg .own{fill:#cbd5e1} svg .after{fill:#60a5fa} svg .after.final{fill:var(--good)}
      svg .estimate{stroke:var(--good);stroke-width:1.5;stroke-dasharray:3 2}
      table.steps{width:100%;border-collapse:collapse;font-size:13px}
      table.steps th{text-align:left;font-size:11px;text-transform:uppercase;letter-spacing:.05em;
        color:var(--muted);font-weight:600;border-bottom:1px solid var(--line);padding:6px 8px}
      table.steps td{border-bottom:1px solid #f1f2f4;padding:5px 8px;vertical-align:top}
      table.steps tr.row-bad td{background:#fef2f2} table.steps tr.row-warn td{background:#fffbeb}
      .num{text-align:right;white-space:nowrap} .stepname{font-family:var(--mono);font-size:12.5px}
      .sub{font-size:12px;color:var(--muted)} .sub.bad{color:var(--bad)} .sub.warn{color:var(--warn)}
      td.took{white-space:nowrap;min-width:150px}
      .minibar{display:inline-block;width:80px;height:6px;background:#f1f2f4;border-radius:3px;
        margin-left:8px;vertical-align:middle;overflow:hidden}
      .minibar span{display:block;height:100%;border-radius:3px}
      .minibar .ph-arm{background:var(--arm)} .minibar .ph-at-release{background:var(--rel)}
      .minibar .ph-after{background:var(--after)}
      .pill{display:inline-block;font-size:11px;padding:1px 8px;border-radius:999px;background:#f3f4f6;
        color:#374151;white-space:nowrap}
      .pill.ph-arm{background:#f1f5f9;color:#475569} .pill.ph-at-release{background:#ffedd5;color:#9a3412}
      .pill.ph-after{background:#dbeafe;color:#1e40af}
      .badge{display:inline-block;font-size:11.5px;font-weight:600;padding:1px 8px;border-radius:6px}
      .badge.good{background:#d1fae5;color:#065f46} .badge.warn{background:#fef3c7;color:#92400e}
      .badge.bad{background:#fee2e2;color:#991b1b}
      .gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:14px}
      figure.shot{margin:0;border:1px solid var(--line);border-radius:12px;overflow:hidden;background:#fafafa}
      figure.shot img{display:block;width:100%;height:auto;border-bottom:1px solid var(--line)}
      figure.shot figcaption{padding:7px 10px;font-size:12px;background:#fff;line-height:1.35}
      .noimg{padding:30px;text-align:center;color:var(--muted)}
      ul.files,ul.small{padding-left:18px} ul.small{font-size:12.5px}
      ul.moments{list-style:none;padding:0;margin:14px 0 0;border-top:1px solid var(--line)}
      ul.moments li{display:flex;gap:10px;padding:4px 0;border-bottom:1px solid #f3f4f6;font-size:13px}
      ul.moments li.warn{color:#92400e} .stamp{min-width:92px;text-align:right;color:var(--muted)}
      .tag{flex:none;width:64px;text-align:center;font-size:10.5px;font-weight:600;border-radius:6px;
        padding:1px 0;height:18px;text-transform:uppercase;letter-spacing:.04em;background:#f3f4f6;color:#4b5563}
      .tag-release{background:#ffe4e6;color:#be123c} .tag-handoff{background:#f3e8ff;color:#7e22ce}
      .tag-clock{background:#dcfce7;color:#166534} .tag-asleep{background:#fef3c7;color:#92400e}
      ul.pagelog{list-style:none;margin:4px 0 2px;padding:0 0 0 10px;border-left:2px solid #e9d5ff;
        color:#4b5563} ul.moments ul.pagelog li{gap:8px;padding:1px 0;border:0;font-size:12.5px}
      ul.pagelog .stamp{min-width:84px}
      .cols{display:grid;grid-template-columns:1.1fr 1fr;gap:16px;margin:16px 0}
      .cols .card{margin:0}
      @media (max-width:900px){.cols{grid-template-columns:1fr}}
      .clockfig .big{font-size:26px;font-weight:700} .clockfig .pm{font-size:18px;color:var(--muted)}
      dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px;margin:0;font-size:13px}
      dl.facts dt{color:var(--muted)} dl.facts dd{margin:0;word-break:break-all}
      footer{color:var(--muted);font-size:12px;text-align:center;margin-top:24px}
      """;
}
