// AmbonCC live chat: the reporter's side. Served by the command center itself (no third-party script).
// Embed on any city or OPD website with <script src="https://HOST/complaints/chat-widget.js" defer></script>;
// on /lapor it fills the #ambon-chat element instead of showing a floating button.
(function () {
  "use strict";
  var script = document.currentScript;
  var api = new URL(script ? script.src : location.href).origin;
  var storeKey = "ambonChatSession";
  var session = new URLSearchParams(location.search).get("s") || localStorage.getItem(storeKey);
  var next = 0, polling = false;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) e.textContent = text;
    return e;
  }

  var host = document.getElementById("ambon-chat");
  var panel = el("div", { "class": "ambon-chat", "data-testid": "chat-panel" });
  panel.style.cssText = "font:14px system-ui,sans-serif;border:1px solid #ccd;border-radius:8px;background:#fff;display:flex;flex-direction:column;" +
    (host ? "height:480px;max-width:640px" : "position:fixed;right:16px;bottom:72px;width:340px;height:440px;z-index:99999;box-shadow:0 4px 16px #0003");
  var log = el("div", { "data-testid": "chat-log", role: "log", "aria-live": "polite" });
  log.style.cssText = "flex:1;overflow-y:auto;padding:8px";
  var status = el("div", { "data-testid": "chat-status" });
  status.style.cssText = "padding:4px 8px;font-size:12px;color:#555;border-bottom:1px solid #eee";
  var who = el("div");
  who.style.cssText = "display:flex;gap:4px;padding:4px 8px";
  var name = el("input", { placeholder: "Nama (boleh kosong)", "aria-label": "Nama", maxlength: "100", "data-testid": "chat-name" });
  var contact = el("input", { placeholder: "HP / e-mail (boleh kosong)", "aria-label": "Kontak", maxlength: "254" });
  name.style.flex = contact.style.flex = "1";
  who.append(name, contact);
  var form = el("form");
  form.style.cssText = "display:flex;gap:4px;padding:8px;border-top:1px solid #eee";
  var input = el("input", { placeholder: "Tulis laporan Anda…", "aria-label": "Pesan", maxlength: "2000", "data-testid": "chat-input" });
  input.style.flex = "1";
  var send = el("button", { type: "submit", "data-testid": "chat-send" }, "Kirim");
  // A photo or PDF (JPEG, PNG, PDF; the server checks the bytes and the size) once the chat is open.
  var file = el("input", { type: "file", accept: "image/jpeg,image/png,application/pdf", "aria-label": "Lampiran", "data-testid": "chat-file" });
  file.style.display = "none";
  var attach = el("button", { type: "button", "aria-label": "Lampirkan foto atau PDF", "data-testid": "chat-attach" }, "📎");
  attach.onclick = function () {
    if (!session) { status.textContent = "Kirim pesan pertama dulu, lalu lampirkan foto."; return; }
    file.click();
  };
  file.onchange = async function () {
    var f = file.files && file.files[0];
    file.value = "";
    if (!f || !session) return;
    var res = await fetch(api + "/api/v1/chat/sessions/" + session + "/attachments?name=" + encodeURIComponent(f.name), {
      method: "POST", headers: { "Content-Type": f.type || "application/octet-stream" }, body: f
    }).catch(function () { return null; });
    status.textContent = !res ? "Lampiran belum terkirim; periksa koneksi."
      : res.status === 413 ? "Berkas terlalu besar."
      : res.status === 415 ? "Hanya foto JPEG/PNG atau PDF."
      : res.status === 409 ? "Batas jumlah lampiran tercapai."
      : res.ok ? "Lampiran terkirim." : "Lampiran ditolak (" + res.status + ").";
  };
  form.append(attach, file, input, send);
  panel.append(status, log, session ? el("span") : who, form);

  if (host) {
    host.append(panel);
  } else {
    var toggle = el("button", { type: "button", "aria-label": "Lapor ke Command Center" }, "💬 Lapor");
    toggle.style.cssText = "position:fixed;right:16px;bottom:16px;z-index:99999;padding:10px 14px;border-radius:24px;border:0;background:#1565c0;color:#fff";
    panel.style.display = "none";
    toggle.onclick = function () { panel.style.display = panel.style.display === "none" ? "flex" : "none"; };
    document.body.append(toggle, panel);
  }

  function show(lines) {
    lines.forEach(function (l) {
      var line = el("div", { "class": "ambon-chat-line", "data-side": l.side });
      line.style.cssText = "margin:4px 0;padding:6px 8px;border-radius:6px;max-width:85%;" +
        (l.side === "Reporter" ? "background:#e3f2fd;margin-left:auto" : "background:#f1f1f1");
      line.append(el("strong", {}, l.author + ": "), el("span", {}, l.text));
      log.append(line);
    });
    log.scrollTop = log.scrollHeight;
  }

  function describe(r) {
    var link = api + "/lapor?s=" + session;
    status.textContent = r && r.complaintId
      ? "Nomor laporan " + r.complaintId + (r.complaintStatus ? " · status " + r.complaintStatus : "") + " · tautan: " + link
      : "Terhubung dengan operator Command Center. Simpan tautan ini: " + link;
  }

  async function poll() {
    if (polling || !session) return;
    polling = true;
    while (session) {
      try {
        var res = await fetch(api + "/api/v1/chat/sessions/" + session + "?after=" + next + "&wait=25");
        if (res.status === 404) { localStorage.removeItem(storeKey); session = null; break; }
        var r = await res.json();
        show(r.lines); next = r.next; describe(r);
      } catch (e) {
        await new Promise(function (ok) { setTimeout(ok, 3000); });
      }
    }
    polling = false;
  }

  form.onsubmit = async function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    send.disabled = true;
    try {
      if (!session) {
        var started = await fetch(api + "/api/v1/chat/sessions", {
          method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ site: location.hostname, name: name.value || null, contact: contact.value || null })
        });
        if (!started.ok) throw new Error("start " + started.status);
        session = (await started.json()).session;
        localStorage.setItem(storeKey, session);
        who.remove();
        describe(null);
        poll();
      }
      var said = await fetch(api + "/api/v1/chat/sessions/" + session + "/messages", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: text })
      });
      if (said.status === 429) { status.textContent = "Terlalu banyak pesan; coba lagi sebentar lagi."; return; }
      if (!said.ok) throw new Error("say " + said.status);
      input.value = "";
    } catch (err) {
      status.textContent = "Pesan belum terkirim; periksa koneksi dan coba lagi.";
    } finally {
      send.disabled = false;
    }
  };

  if (session) { describe(null); poll(); }
})();
