// The participant diary's sliders and offline queue. The page works without this script (a plain form post);
// with it, each VAS slider starts unset, and an entry is sent as JSON to the API with a submission id generated
// once, kept on the phone while offline, and sent again when the network returns. The id makes retries safe.
(function () {
  'use strict';
  var root = document.getElementById('diary');
  if (!root) { return; }
  var msgs = root.dataset;
  var forms = Array.prototype.slice.call(document.querySelectorAll('form.diary-form'));
  var status = document.getElementById('diary-status');

  function say(text, kind) {
    if (!status) { return; }
    status.textContent = '';
    var span = document.createElement('span');
    span.className = kind;
    span.id = kind === 'ok' ? 'sent' : kind === 'queued' ? 'queued' : 'send-problem';
    span.textContent = text;
    status.appendChild(span);
  }

  function newId() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') { return window.crypto.randomUUID(); }
    // Outside a secure context randomUUID is missing; getRandomValues is not, and gives the same version-4 UUID.
    var b = window.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  // --- the queue kept on the phone, per link ---
  function queueKey(token) { return 'myelin-diary-queue:' + token; }
  function readQueue(token) {
    try { return JSON.parse(window.localStorage.getItem(queueKey(token)) || '[]'); } catch (e) { return []; }
  }
  function writeQueue(token, items) {
    if (items.length === 0) { window.localStorage.removeItem(queueKey(token)); } else { window.localStorage.setItem(queueKey(token), JSON.stringify(items)); }
  }
  function enqueue(token, api, body) {
    var items = readQueue(token).filter(function (q) { return q.body.submission_id !== body.submission_id; });
    items.push({ api: api, body: body });
    writeQueue(token, items);
  }
  function dequeue(token, submissionId) {
    writeQueue(token, readQueue(token).filter(function (q) { return q.body.submission_id !== submissionId; }));
  }

  // Sends one entry. Resolves 'sent' (201/200), 'refused' (the server answered no, with its problem details),
  // or 'offline' (no answer, or a server error worth retrying).
  function send(api, body) {
    if (navigator.onLine === false) { return Promise.resolve({ result: 'offline' }); }
    return fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' }, body: JSON.stringify(body), credentials: 'omit' })
      .then(function (r) {
        if (r.status === 200 || r.status === 201) { return { result: 'sent' }; }
        if (r.status >= 500 || r.status === 429) { return { result: 'offline' }; }
        return r.json().then(function (p) { return { result: 'refused', problem: p }; }, function () { return { result: 'refused', problem: null }; });
      }, function () { return { result: 'offline' }; });
  }

  var flushing = false;
  function flush(token) {
    var items = readQueue(token);
    if (flushing || items.length === 0) { return Promise.resolve(); }
    flushing = true;
    var chain = Promise.resolve();
    items.forEach(function (q) {
      chain = chain.then(function () {
        return send(q.api, q.body).then(function (answer) {
          var form = document.getElementById('form-' + q.body.event);
          if (answer.result === 'sent') {
            dequeue(token, q.body.submission_id);
            if (form) { form.remove(); }
            say(msgs.msgSent, 'ok');
          } else if (answer.result === 'refused') {
            dequeue(token, q.body.submission_id);
            if (form) { form.hidden = false; }
            say(msgs.msgFailed + ' ' + describe(answer.problem), 'error');
          }
        });
      });
    });
    return chain.then(function () { flushing = false; }, function () { flushing = false; });
  }

  function describe(problem) {
    if (!problem) { return ''; }
    var errors = problem.errors || {};
    var parts = Object.keys(errors).map(function (k) { return k + ': ' + errors[k].join(' '); });
    return parts.length > 0 ? parts.join(' ') : (problem.detail || problem.title || '');
  }

  // --- sliders: unset until the participant moves, taps or keys them ---
  function setUp(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.vas'), function (box) {
      var range = box.querySelector('input[type=range]');
      var number = box.querySelector('input[type=number]');
      var out = box.querySelector('output');
      if (!range || !number || !out) { return; }
      // The number box becomes the hidden value the form sends: empty means "not set".
      box.dataset.required = number.required ? 'yes' : 'no';
      number.type = 'hidden';
      number.removeAttribute('required');
      box.querySelector('.vas-number').hidden = true;
      box.querySelector('.vas-slider').hidden = false;
      function mark() {
        range.classList.remove('unset');
        range.removeAttribute('aria-valuetext');
        number.value = range.value;
        out.textContent = range.value;
        box.classList.remove('has-error');
        var err = box.querySelector('.field-error');
        if (err) { err.textContent = ''; }
        var summary = form.querySelector('.form-errors');
        if (summary && !form.querySelector('.has-error')) { summary.textContent = ''; }
      }
      range.addEventListener('input', mark);
      range.addEventListener('change', mark);
      // Tapping the thumb where it already is, or pressing Home at 0, changes nothing but is still a choice.
      range.addEventListener('click', mark);
      range.addEventListener('keyup', function (e) {
        if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].indexOf(e.key) >= 0) { mark(); }
      });
      if (number.value !== '') { range.value = number.value; mark(); }
    });

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var d = msgs;
      var first = null;
      Array.prototype.forEach.call(form.querySelectorAll('.vas'), function (box) {
        var number = box.querySelector('input[name^="values."]');
        if (number && number.value === '' && box.dataset.required === 'yes') {
          box.classList.add('has-error');
          box.querySelector('.field-error').textContent = d.msgSet;
          first = first || box.querySelector('input[type=range]');
        }
      });
      var summary = form.querySelector('.form-errors');
      if (first) {
        if (summary) { summary.textContent = d.msgCheck; }
        first.focus();
        return;
      }
      if (summary) { summary.textContent = ''; }

      var idField = form.querySelector('input[name=submission_id]');
      // One id per entry, generated here and reused by every retry of this entry.
      if (!form.dataset.generated) { idField.value = newId(); form.dataset.generated = '1'; }
      var values = {};
      Array.prototype.forEach.call(form.querySelectorAll('input[name^="values."]'), function (input) {
        if (input.value !== '') { values[input.name.slice(7)] = Number(input.value); }
      });
      var note = form.querySelector('textarea[name=note]');
      var body = {
        submission_id: idField.value,
        event: form.dataset.event,
        values: values,
        doses: { morning: form.querySelector('input[name="doses.morning"]').checked, evening: form.querySelector('input[name="doses.evening"]').checked }
      };
      if (note && note.value.trim() !== '') { body.note = note.value; }

      say(d.msgSending, 'sending');
      var button = form.querySelector('button[type=submit]');
      button.disabled = true;
      send(d.api, body).then(function (answer) {
        if (answer.result === 'sent') {
          form.remove();
          say(d.msgSent, 'ok');
        } else if (answer.result === 'offline') {
          enqueue(d.token, d.api, body);
          form.hidden = true;
          say(d.msgQueued, 'queued');
        } else {
          button.disabled = false;
          showProblem(form, answer.problem);
          say(d.msgCheck, 'error');
        }
      });
    });
  }

  function showProblem(form, problem) {
    var errors = (problem && problem.errors) || {};
    var rest = [];
    Object.keys(errors).forEach(function (key) {
      var box = key.indexOf('values.') === 0 ? form.querySelector('.vas[data-item="' + key.slice(7) + '"]')
        : key === 'note' ? form.querySelector('div.note') : null;
      if (box) {
        box.classList.add('has-error');
        box.querySelector('.field-error').textContent = errors[key].join(' ');
      } else {
        rest.push(key + ': ' + errors[key].join(' '));
      }
    });
    var summary = form.querySelector('.form-errors');
    if (summary) { summary.textContent = rest.length > 0 ? rest.join(' ') : msgs.msgCheck; }
  }

  forms.forEach(setUp);
  var token = msgs.token;
  if (token) {
    // Entries already waiting on this phone: their forms stay hidden until sent.
    var waiting = readQueue(token);
    waiting.forEach(function (q) {
      var form = document.getElementById('form-' + q.body.event);
      if (form) { form.hidden = true; }
    });
    if (waiting.length > 0) { say(msgs.msgQueued, 'queued'); }
    window.addEventListener('online', function () { flush(token); });
    flush(token);
  }
}());
