extension HTMLReport {
    /// The page's inline stylesheet.
    static let stylesheet = """
        body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;margin:0 auto;\
        max-width:1180px;padding:16px 24px;color:#1f2933;line-height:1.5}
        h1{margin:0 0 4px;font-size:26px}h2{border-bottom:2px solid #b71c1c;padding-bottom:4px;margin-top:32px}
        .meta{color:#52606d;margin:2px 0}
        .figures{display:flex;flex-wrap:wrap;gap:12px}
        .figure{border:1px solid #d9e2ec;border-radius:6px;padding:10px 16px;min-width:110px;background:#f8fafc}
        .figure .value{display:block;font-size:26px;font-weight:bold;color:#b71c1c}
        .figure .label{color:#52606d;font-size:13px}
        .charts{display:flex;flex-wrap:wrap;gap:24px}.charts figure{margin:16px 0}
        figcaption{font-weight:bold;margin-bottom:6px}
        .controls{display:flex;gap:16px;align-items:center;margin-bottom:8px;flex-wrap:wrap}
        table{border-collapse:collapse;width:100%;font-size:13px}
        th,td{border:1px solid #d9e2ec;padding:4px 6px;text-align:left;vertical-align:top}
        th{background:#f0f4f8}th[data-key]{cursor:pointer}
        th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
        td.num{text-align:right}td.url{word-break:break-all;max-width:260px}
        .pass{color:#2e7d32}.fail{color:#c62828}
        .vetoes{color:#c62828;font-weight:bold}
        .partial{border:2px solid #c62828;background:#fff4f4;padding:8px 12px;font-weight:bold;color:#b71c1c}
        tr.sev-veto td:first-child{border-left:4px solid #c62828}
        tr.sev-deduct td:first-child{border-left:4px solid #ef8f00}
        tr.sev-warning td:first-child{border-left:4px solid #f9a825}
        tr.sev-notice td:first-child{border-left:4px solid #90a4ae}
        section.site{margin-top:24px;padding-top:8px;border-top:1px solid #d9e2ec}
        body:has(section.site:target) :is(#summary,#sites,#details>h2){display:none}
        #details:has(section.site:target) section.site:not(:target){display:none}
        section.site:target{border-top:none}
        details{margin:8px 0}footer{margin-top:32px;color:#52606d;font-size:12px}
        svg{max-width:100%;height:auto}
        @media (max-width:700px){body{padding:8px 10px}h1{font-size:21px}.figure{min-width:0;flex:1 1 40%;padding:6px 10px}\
        .figure .value{font-size:21px}table{display:block;overflow-x:auto;font-size:12px}td.url{max-width:180px}\
        .controls input{width:100%}}
        @page{size:A4;margin:14mm 12mm}
        @media print{body{max-width:none;padding:0;font-size:11pt}h2{margin-top:0}.controls{display:none}\
        tr[hidden]{display:table-row}#sites,#details,#unjudged{break-before:page}thead{display:table-header-group}\
        tr,.figure,figure{break-inside:avoid}h2,h3{break-after:avoid}\
        a{color:inherit;text-decoration:none}section.site{border-top:1px solid #999}\
        body:has(section.site:target) :is(#summary,#sites,#details>h2){display:block}\
        #details:has(section.site:target) section.site:not(:target){display:block}}
        """

    /// The inline script: sorts the site table (by score, lowest first, at load), filters it by text
    /// and result, and counts what is shown. The page is complete without it.
    static let script = """
        (function () {
          var table = document.getElementById("site-table");
          if (!table) { return; }
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          var filter = document.getElementById("filter");
          var status = document.getElementById("status");
          var count = document.getElementById("table-count");
          var headers = Array.prototype.slice.call(table.querySelectorAll("th[data-key]"));
          var sortKey = "score", ascending = true;
          function value(row, key) {
            var text = row.getAttribute("data-" + key) || "";
            return key === "score" ? parseFloat(text) : text;
          }
          function compare(a, b) {
            var x = value(a, sortKey), y = value(b, sortKey);
            var order = x < y ? -1 : x > y ? 1 : 0;
            if (order === 0) { order = value(a, "id") < value(b, "id") ? -1 : 1; return order; }
            return ascending ? order : -order;
          }
          function apply() {
            var query = filter.value.trim().toLowerCase(), wanted = status.value, shown = 0, passed = 0;
            rows.sort(compare);
            rows.forEach(function (row) {
              body.appendChild(row);
              var isPassed = row.getAttribute("data-passed") === "1";
              var visible = (wanted === "all" || (wanted === "passed") === isPassed) &&
                (query === "" || row.getAttribute("data-text").indexOf(query) >= 0);
              row.hidden = !visible;
              if (visible) { shown += 1; if (isPassed) { passed += 1; } }
            });
            count.textContent = "显示 " + shown + " / " + rows.length + " 个网站，其中合格 " + passed + " 个";
            headers.forEach(function (th) {
              if (th.getAttribute("data-key") === sortKey) {
                th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
              } else { th.removeAttribute("aria-sort"); }
            });
          }
          headers.forEach(function (th) {
            th.addEventListener("click", function () {
              var key = th.getAttribute("data-key");
              ascending = key === sortKey ? !ascending : true;
              sortKey = key;
              apply();
            });
          });
          filter.addEventListener("input", apply);
          status.addEventListener("change", apply);
          apply();
        })();
        """
}
