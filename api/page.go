package api

import "net/http"

// page serves the live status page: static HTML whose script polls
// /v1/status and /v1/nodes and renders with textContent only (no markup
// from the API ever reaches innerHTML).
func page(w http.ResponseWriter, _ *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'")
	_, _ = w.Write([]byte(pageHTML))
}

const pageHTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pocogrid</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.3em;margin:0 0 .2em}h2{font-size:1.05em;margin:1.4em 0 .4em}
#err{color:#b00}
.counts{display:flex;gap:.6em;flex-wrap:wrap}
.c{border:1px solid #ccc;border-radius:6px;padding:.4em .8em;min-width:6em}
.c b{display:block;font-size:1.5em}
table{border-collapse:collapse;font-size:13px}
td,th{padding:.15em .7em;border-bottom:1px solid #eee;text-align:left}
td.mono{font-family:ui-monospace,monospace}
.completed{color:#070}.failed{color:#b00}.running,.revealing,.finalizing{color:#a60}
</style>
</head>
<body>
<h1>pocogrid pool</h1>
<div id="meta">loading…</div><div id="err"></div>
<h2>Tasks</h2><div class="counts" id="counts"></div>
<h2>Nodes</h2>
<table><thead><tr><th>name</th><th>state</th><th>host</th><th>roles</th><th>cores</th><th>slots</th><th>GPUs</th><th>address</th></tr></thead><tbody id="nodes"></tbody></table>
<h2>Task list <small id="shown"></small></h2>
<table><thead><tr><th>task</th><th>state</th><th>app</th><th>trust</th><th>replicas</th><th>weight</th><th>digest / reason</th></tr></thead><tbody id="tasks"></tbody></table>
<script>
"use strict";
const STATES=["pending","running","revealing","finalizing","completed","failed"];
const MAX_ROWS=300;
function row(cells,cls){const tr=document.createElement("tr");for(const [v,c] of cells){const td=document.createElement("td");td.textContent=v==null?"":String(v);if(c)td.className=c;tr.appendChild(td);}if(cls)tr.className=cls;return tr;}
function short(h){return h?h.slice(0,16)+"…":"";}
async function getJSON(p){const r=await fetch(p,{cache:"no-store"});if(!r.ok)throw new Error(p+": HTTP "+r.status);return r.json();}
async function refresh(){
  try{
    const [st,ns]=await Promise.all([getJSON("/v1/status?tasks=1"),getJSON("/v1/nodes")]);
    document.getElementById("err").textContent="";
    document.getElementById("meta").textContent=st.total+" tasks, "+st.workers+" workers, "+st.queued+" queued, "+st.replicas+" replicas — updated "+new Date().toLocaleTimeString();
    const counts=document.getElementById("counts");counts.replaceChildren();
    for(const s of STATES){const d=document.createElement("div");d.className="c "+s;const b=document.createElement("b");b.textContent=String(st.counts[s]||0);d.appendChild(b);d.appendChild(document.createTextNode(s==="completed"?"certified":s));counts.appendChild(d);}
    const nb=document.getElementById("nodes");nb.replaceChildren();
    for(const n of ns.nodes||[]){nb.appendChild(row([[n.name],[n.state],[n.hostname],[(n.roles||[]).join(",")],[n.cores],[n.slots],[n.gpu?n.gpu.count:""],[n.addr,"mono"]]));}
    const tasks=(st.tasks||[]).slice().sort((a,b)=>STATES.indexOf(a.state)-STATES.indexOf(b.state));
    const tb=document.getElementById("tasks");tb.replaceChildren();
    for(const t of tasks.slice(0,MAX_ROWS)){tb.appendChild(row([[short(t.task_id),"mono"],[t.state,t.state],[t.app_name],[t.trust],[t.replicas],[t.group_weight?t.group_weight+"/"+t.total_weight:""],[t.result_digest?short(t.result_digest):t.reason,t.result_digest?"mono":""]]));}
    document.getElementById("shown").textContent=tasks.length>MAX_ROWS?"(first "+MAX_ROWS+" of "+tasks.length+")":"";
  }catch(e){document.getElementById("err").textContent=String(e);}
}
refresh();setInterval(refresh,2000);
</script>
</body>
</html>
`
