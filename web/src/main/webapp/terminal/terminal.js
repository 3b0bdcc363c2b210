// The Teamward time-clock terminal: a kiosk page that clocks employees in and out through the
// REST API with the credentials of one API access authorisation.
//
// Every punch goes into a buffer in this browser first and is then delivered with
// POST /api/attendance/events. Each punch carries an event id, which the server treats as its
// idempotency key, so a delivery that is retried after a lost answer, or a buffer sent twice,
// never clocks twice. While the server is unreachable punches stay in the buffer, with the time
// they happened, and are delivered as soon as it answers again.
(function () {
  'use strict';

  const API = '../api';
  const STORE = 'teamward.terminal';
  const MAX_BATCH = 500;
  const RETRY_MS = 5000;
  const FEEDBACK_MS = 6000;
  const PRESENT_MS = 60000;

  const TEXTS = {
    en: {
      setupTitle: 'Set up this terminal',
      setupIntro: 'Enter the id and password of an API access authorisation with the option'
        + ' "Check in and out". They are kept in this browser only.',
      interfaceId: 'Interface id', password: 'Password',
      identifyBy: 'Employees identify themselves by',
      modeKeypad: 'their personnel number, on a keypad', modeList: 'tapping their name in a list',
      connect: 'Connect', settings: 'Settings', personnelNumber: 'Personnel number',
      chooseName: 'Tap your name', checkIn: 'Check in', checkOut: 'Check out',
      presentNow: 'In now', nobodyIn: 'Nobody is checked in.',
      refusedTitle: 'Punches the server did not accept',
      refusedHint: 'Tell your manager, who can correct the attendance.',
      unlockTitle: 'Terminal settings', unlockPassword: "The terminal's password",
      cancel: 'Cancel', open: 'Open', settingsTitle: 'Terminal settings',
      sendNow: 'Send waiting punches now', disconnect: 'Disconnect this terminal',
      backToClock: 'Back to the clock', clear: 'Clear', back: 'Delete last digit',
      online: 'Connected', offline: 'Offline: punches are kept on this terminal',
      waiting: (n) => (n === 1 ? '1 punch waiting to be sent' : n + ' punches waiting to be sent'),
      checkedIn: (name, time) => name + ' checked in at ' + time,
      checkedOut: (name, time) => name + ' checked out at ' + time,
      kept: (time) => 'Saved on this terminal at ' + time
        + '. It will be sent as soon as the server can be reached.',
      since: (time) => 'since ' + time,
      enterNumber: 'Enter your personnel number first.',
      chooseFirst: 'Tap your name first.',
      wrongPassword: 'That is not the password of this terminal.',
      missingCredentials: 'Enter the interface id and the password.',
      badCredentials: 'The interface id or the password is wrong, or the authorisation is'
        + ' inactive, expired or revoked.',
      notTerminal: 'These credentials do not belong to an API access authorisation with the'
        + ' option "Check in and out".',
      ipNotAllowed: "This device's network is not allowed for this API access authorisation.",
      unreachable: 'The server cannot be reached. Check the network and try again.',
      rejectedCredentials: 'The server no longer accepts this terminal\'s credentials. Punches'
        + ' are kept; open the settings to connect it again.',
      serverTrouble: 'The server could not take the punches just now; they are kept and sent'
        + ' again shortly.',
      disconnectBlocked: (n) => 'Still ' + n + ' punch(es) waiting. Send them before'
        + ' disconnecting, or they would be lost.',
      disconnectConfirm: 'Disconnect this terminal? Its credentials are removed from this browser.',
      allSent: 'Nothing is waiting.',
      connectedAs: (name) => 'Connected as "' + name + '".',
      problems: {
        'already-checked-in': 'Already checked in',
        'not-checked-in': 'Not checked in',
        'period-closed': 'That time is already recorded',
        'before-check-in': 'Before the check-in',
        'not-found': 'Unknown personnel number',
        'invalid-input': 'Not accepted',
        forbidden: 'Not allowed',
      },
    },
    de: {
      setupTitle: 'Dieses Terminal einrichten',
      setupIntro: 'Geben Sie Kennung und Passwort einer API-Zugangsberechtigung mit der Option'
        + ' „Kommen und Gehen buchen“ ein. Sie werden nur in diesem Browser gespeichert.',
      interfaceId: 'Schnittstellen-Kennung', password: 'Passwort',
      identifyBy: 'Mitarbeitende melden sich an mit',
      modeKeypad: 'ihrer Personalnummer, über ein Tastenfeld',
      modeList: 'einem Tipp auf ihren Namen in einer Liste',
      connect: 'Verbinden', settings: 'Einstellungen', personnelNumber: 'Personalnummer',
      chooseName: 'Tippen Sie auf Ihren Namen', checkIn: 'Kommen', checkOut: 'Gehen',
      presentNow: 'Jetzt anwesend', nobodyIn: 'Niemand ist anwesend.',
      refusedTitle: 'Vom Server abgelehnte Buchungen',
      refusedHint: 'Bitte wenden Sie sich an Ihre Führungskraft, die die Anwesenheit korrigieren kann.',
      unlockTitle: 'Terminal-Einstellungen', unlockPassword: 'Passwort des Terminals',
      cancel: 'Abbrechen', open: 'Öffnen', settingsTitle: 'Terminal-Einstellungen',
      sendNow: 'Wartende Buchungen jetzt senden', disconnect: 'Terminal trennen',
      backToClock: 'Zurück zur Stempeluhr', clear: 'Löschen', back: 'Letzte Ziffer löschen',
      online: 'Verbunden', offline: 'Offline: Buchungen werden auf diesem Terminal gespeichert',
      waiting: (n) => (n === 1 ? '1 Buchung wartet auf Übermittlung'
        : n + ' Buchungen warten auf Übermittlung'),
      checkedIn: (name, time) => name + ': Kommen um ' + time,
      checkedOut: (name, time) => name + ': Gehen um ' + time,
      kept: (time) => 'Um ' + time + ' auf diesem Terminal gespeichert. Die Buchung wird'
        + ' übermittelt, sobald der Server erreichbar ist.',
      since: (time) => 'seit ' + time,
      enterNumber: 'Bitte zuerst die Personalnummer eingeben.',
      chooseFirst: 'Bitte zuerst auf Ihren Namen tippen.',
      wrongPassword: 'Das ist nicht das Passwort dieses Terminals.',
      missingCredentials: 'Bitte Kennung und Passwort eingeben.',
      badCredentials: 'Kennung oder Passwort sind falsch, oder die Berechtigung ist inaktiv,'
        + ' abgelaufen oder widerrufen.',
      notTerminal: 'Diese Zugangsdaten gehören nicht zu einer API-Zugangsberechtigung mit der'
        + ' Option „Kommen und Gehen buchen“.',
      ipNotAllowed: 'Das Netz dieses Geräts ist für diese API-Zugangsberechtigung nicht freigegeben.',
      unreachable: 'Der Server ist nicht erreichbar. Bitte das Netzwerk prüfen und erneut versuchen.',
      rejectedCredentials: 'Der Server nimmt die Zugangsdaten dieses Terminals nicht mehr an.'
        + ' Die Buchungen bleiben gespeichert; verbinden Sie es in den Einstellungen neu.',
      serverTrouble: 'Der Server konnte die Buchungen gerade nicht annehmen; sie bleiben'
        + ' gespeichert und werden gleich erneut gesendet.',
      disconnectBlocked: (n) => 'Es warten noch ' + n + ' Buchung(en). Senden Sie sie vor dem'
        + ' Trennen, sonst gingen sie verloren.',
      disconnectConfirm: 'Terminal trennen? Die Zugangsdaten werden aus diesem Browser entfernt.',
      allSent: 'Es wartet nichts.',
      connectedAs: (name) => 'Verbunden als „' + name + '“.',
      problems: {
        'already-checked-in': 'Bereits anwesend',
        'not-checked-in': 'Nicht anwesend',
        'period-closed': 'Diese Zeit ist bereits erfasst',
        'before-check-in': 'Vor dem Kommen',
        'not-found': 'Unbekannte Personalnummer',
        'invalid-input': 'Nicht angenommen',
        forbidden: 'Nicht erlaubt',
      },
    },
  };

  const lang = (navigator.language || 'en').toLowerCase().startsWith('de') ? 'de' : 'en';
  const t = TEXTS[lang];
  const $ = (id) => document.getElementById(id);

  // --- what this browser keeps --------------------------------------------------------------

  const stored = (key, fallback) => {
    try {
      const value = localStorage.getItem(STORE + '.' + key);
      return value === null ? fallback : JSON.parse(value);
    } catch (e) {
      return fallback;
    }
  };
  const keep = (key, value) => {
    if (value === null) {
      localStorage.removeItem(STORE + '.' + key);
    } else {
      localStorage.setItem(STORE + '.' + key, JSON.stringify(value));
    }
  };

  let config = stored('config', null); // { id, password, name, mode }
  let queue = stored('queue', []); // punches not yet answered by the server
  let refused = stored('refused', []); // punches the server refused after the fact
  let serverOffset = 0; // server time minus this device's time, from the Date header
  let sending = false;
  let again = undefined; // a delivery asked for while one was running: its live event id or null
  let online = true;
  let selected = null; // list mode: { id, name }
  let people = [];
  let feedbackTimer = null;

  // --- talking to the server ----------------------------------------------------------------

  const authorization = (id, password) => 'Basic ' + btoa(id + ':' + password);

  async function call(path, options, credentials) {
    const c = credentials || config;
    const response = await fetch(API + path, {
      ...options,
      cache: 'no-store',
      // Without credentials (no cookies either: the API uses none) a 401 and its Basic challenge
      // come back to the page instead of raising the browser's own sign-in prompt.
      credentials: 'omit',
      headers: {
        Accept: 'application/json',
        Authorization: authorization(c.id, c.password),
        ...(options && options.body ? { 'Content-Type': 'application/json' } : {}),
      },
    });
    const date = Date.parse(response.headers.get('Date'));
    if (!Number.isNaN(date)) {
      serverOffset = date - Date.now();
    }
    return response;
  }

  const problemType = (problem) => (problem && problem.type ? problem.type.split('/').pop() : '');

  async function body(response) {
    try {
      return await response.json();
    } catch (e) {
      return null;
    }
  }

  // --- set-up ---------------------------------------------------------------------------------

  async function connect(event) {
    event.preventDefault();
    const id = $('interface-id').value.trim();
    const password = $('interface-password').value;
    const mode = document.querySelector('input[name="mode"]:checked').value;
    const error = $('setup-error');
    error.textContent = '';
    if (!id || !password) {
      error.textContent = t.missingCredentials;
      return;
    }
    $('connect').disabled = true;
    try {
      const response = await call('/me', {}, { id, password });
      const me = await body(response);
      if (response.status === 403 && problemType(me) === 'ip-not-allowed') {
        error.textContent = t.ipNotAllowed;
      } else if (!response.ok) {
        error.textContent = t.badCredentials;
      } else if (me.kind !== 'interface' || !me.permissions.includes('ATTENDANCE_CHECK_IN_OUT')) {
        error.textContent = t.notTerminal;
      } else {
        config = { id, password, name: me.name, mode };
        keep('config', config);
        $('interface-password').value = '';
        showClock();
      }
    } catch (e) {
      error.textContent = t.unreachable;
    } finally {
      $('connect').disabled = false;
    }
  }

  // --- punching -------------------------------------------------------------------------------

  function randomId() {
    // crypto.randomUUID needs a secure context; a terminal on plain HTTP in the LAN has none
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  const serverNow = () => new Date(Date.now() + serverOffset);
  const clockTime = (iso) => new Date(iso).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });

  function punch(type) {
    const event = { eventId: 'kiosk-' + randomId(), type, at: serverNow().toISOString() };
    if (config.mode === 'list') {
      if (!selected) {
        show('error', t.chooseFirst);
        return;
      }
      event.employeeId = selected.id;
      event.label = selected.name;
    } else {
      const number = $('number').value.trim();
      if (!number) {
        show('error', t.enterNumber);
        $('number').focus();
        return;
      }
      event.personnelNumber = number;
      event.label = number;
    }
    queue.push(event);
    keep('queue', queue);
    resetWho();
    deliver(event.eventId);
  }

  /**
   * Sends what waits in the buffer. {@code live} is the event id of the punch just made, whose
   * outcome the screen shows; outcomes of earlier punches go to the "not accepted" list.
   */
  async function deliver(live) {
    if (sending) {
      again = live || again || null;
      return;
    }
    if (queue.length === 0) {
      status();
      return;
    }
    sending = true;
    const batch = queue.slice(0, MAX_BATCH);
    try {
      const response = await call('/attendance/events', {
        method: 'POST',
        body: JSON.stringify({ events: batch.map(({ label, ...event }) => event) }),
      });
      online = true;
      if (response.status === 401 || response.status === 403) {
        show('error', t.rejectedCredentials);
        return;
      }
      const answer = await body(response);
      if (!response.ok || !answer || !Array.isArray(answer.results)) {
        if (live) {
          show('warning', t.serverTrouble);
        }
        return;
      }
      answer.results.forEach((result) => settle(result, batch, live));
      keep('queue', queue);
      keep('refused', refused);
      renderRefused();
      refreshPresent();
    } catch (e) {
      online = false;
      if (live) {
        const event = batch.find((e) => e.eventId === live);
        show('warning', t.kept(clockTime(event.at)));
      }
    } finally {
      sending = false;
      status();
      if (again !== undefined) {
        const next = again;
        again = undefined;
        deliver(next);
      }
    }
  }

  function settle(result, batch, live) {
    const event = batch.find((e) => e.eventId === result.eventId);
    queue = queue.filter((e) => e.eventId !== result.eventId);
    if (result.outcome === 'refused') {
      const title = t.problems[problemType(result.problem)] || t.problems['invalid-input'];
      const detail = result.problem ? result.problem.detail : '';
      if (result.eventId === live) {
        show('error', title, detail);
      } else {
        refused.push({ label: event ? event.label : '', type: event ? event.type : '', at: event ? event.at : '', title, detail });
      }
      return;
    }
    if (result.eventId === live) {
      const record = result.record;
      show('success', result.record.checkOut && event.type === 'CHECK_OUT'
        ? t.checkedOut(record.employeeName, clockTime(record.checkOut))
        : t.checkedIn(record.employeeName, clockTime(record.checkIn)));
    }
  }

  // --- the screen -----------------------------------------------------------------------------

  function show(kind, headline, detail) {
    const box = $('feedback');
    box.className = 'shown ' + kind;
    box.replaceChildren();
    const strong = document.createElement('strong');
    strong.textContent = headline;
    box.appendChild(strong);
    if (detail) {
      const p = document.createElement('span');
      p.textContent = detail;
      box.appendChild(p);
    }
    clearTimeout(feedbackTimer);
    feedbackTimer = setTimeout(() => {
      box.className = '';
      box.replaceChildren();
    }, FEEDBACK_MS);
  }

  function status() {
    const connection = $('connection');
    const parts = [online ? t.online : t.offline];
    if (queue.length > 0) {
      parts.push(t.waiting(queue.length));
    }
    connection.textContent = parts.join(' · ');
    connection.className = online && queue.length === 0 ? 'ok' : 'pending';
    connection.dataset.waiting = String(queue.length);
  }

  function resetWho() {
    $('number').value = '';
    selected = null;
    document.querySelectorAll('#people button').forEach((b) => b.setAttribute('aria-pressed', 'false'));
  }

  async function refreshPresent() {
    try {
      const response = await call('/attendance/checked-in?limit=500', {});
      if (!response.ok) {
        return;
      }
      const page = await body(response);
      online = true;
      const list = $('present');
      list.replaceChildren(...page.items.map((r) => {
        const li = document.createElement('li');
        li.textContent = r.employeeName + ' ';
        const since = document.createElement('span');
        since.className = 'hint';
        since.textContent = t.since(clockTime(r.checkIn));
        li.appendChild(since);
        return li;
      }));
      $('present-none').hidden = page.items.length > 0;
    } catch (e) {
      online = false;
    }
    status();
  }

  async function loadPeople() {
    try {
      const response = await call('/attendance/clockable', {});
      if (response.ok) {
        people = await body(response);
        keep('people', people);
      }
    } catch (e) {
      people = stored('people', []);
    }
    const list = $('people');
    list.replaceChildren(...people.map((person) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = person.name;
      button.setAttribute('aria-pressed', 'false');
      button.addEventListener('click', () => {
        resetWho();
        selected = person;
        button.setAttribute('aria-pressed', 'true');
      });
      li.appendChild(button);
      return li;
    }));
  }

  function renderRefused() {
    $('refused').hidden = refused.length === 0;
    $('refused-list').replaceChildren(...refused.map((r) => {
      const li = document.createElement('li');
      li.textContent = r.label + ' · ' + (r.type === 'CHECK_OUT' ? t.checkOut : t.checkIn) + ' · '
        + clockTime(r.at) + ' · ' + r.title + (r.detail ? ': ' + r.detail : '');
      return li;
    }));
  }

  function tick() {
    $('now').textContent = new Date().toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
    $('now').dateTime = new Date().toISOString();
  }

  function showOnly(id) {
    ['setup', 'clock', 'settings'].forEach((s) => {
      $(s).hidden = s !== id;
    });
  }

  function showClock() {
    showOnly('clock');
    $('terminal-name').textContent = config.name;
    $('keypad-mode').hidden = config.mode === 'list';
    $('list-mode').hidden = config.mode !== 'list';
    if (config.mode === 'list') {
      loadPeople();
    }
    renderRefused();
    refreshPresent();
    deliver(null);
  }

  // --- settings, behind the terminal's password ------------------------------------------------

  function askPassword() {
    $('unlock-password').value = '';
    $('unlock-error').textContent = '';
    $('unlock').showModal();
    $('unlock-password').focus();
  }

  function unlock(event) {
    event.preventDefault();
    if ($('unlock-password').value !== config.password) {
      $('unlock-error').textContent = t.wrongPassword;
      $('unlock-password').select();
      return;
    }
    $('unlock').close();
    showOnly('settings');
    document.querySelector('input[name="settings-mode"][value="' + config.mode + '"]').checked = true;
    $('settings-status').textContent = t.connectedAs(config.name)
      + ' ' + (queue.length ? t.waiting(queue.length) : t.allSent);
    $('settings-message').textContent = '';
  }

  function closeSettings() {
    config.mode = document.querySelector('input[name="settings-mode"]:checked').value;
    keep('config', config);
    showClock();
  }

  function disconnect() {
    if (queue.length > 0) {
      $('settings-message').textContent = t.disconnectBlocked(queue.length);
      return;
    }
    if (!window.confirm(t.disconnectConfirm)) {
      return;
    }
    config = null;
    keep('config', null);
    keep('people', null);
    refused = [];
    keep('refused', null);
    showOnly('setup');
  }

  // --- start --------------------------------------------------------------------------------

  function translate() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-text]').forEach((el) => {
      el.textContent = t[el.dataset.text];
    });
    document.querySelectorAll('[data-label]').forEach((el) => {
      el.setAttribute('aria-label', t[el.dataset.label]);
    });
  }

  function wire() {
    $('setup-form').addEventListener('submit', connect);
    $('check-in').addEventListener('click', () => punch('CHECK_IN'));
    $('check-out').addEventListener('click', () => punch('CHECK_OUT'));
    document.querySelectorAll('[data-key]').forEach((key) => key.addEventListener('click', () => {
      const number = $('number');
      if (key.dataset.key === 'clear') {
        number.value = '';
      } else if (key.dataset.key === 'back') {
        number.value = number.value.slice(0, -1);
      } else if (number.value.length < 32) {
        number.value += key.dataset.key;
      }
    }));
    $('open-settings').addEventListener('click', askPassword);
    $('unlock-form').addEventListener('submit', unlock);
    $('unlock-cancel').addEventListener('click', () => $('unlock').close());
    $('close-settings').addEventListener('click', closeSettings);
    $('send-now').addEventListener('click', async () => {
      await deliver(null);
      $('settings-message').textContent = queue.length ? t.waiting(queue.length) : t.allSent;
    });
    $('disconnect').addEventListener('click', disconnect);
    window.addEventListener('online', () => deliver(null));
    window.addEventListener('offline', () => {
      online = false;
      status();
    });
    setInterval(() => {
      if (config && queue.length > 0) {
        deliver(null);
      }
    }, RETRY_MS);
    setInterval(() => {
      if (config && !$('clock').hidden) {
        refreshPresent();
      }
    }, PRESENT_MS);
    setInterval(tick, 1000);
  }

  translate();
  wire();
  tick();
  if ('serviceWorker' in navigator && window.isSecureContext) {
    navigator.serviceWorker.register('sw.js').catch(() => {});
  }
  if (config) {
    showClock();
  } else {
    showOnly('setup');
  }
})();
