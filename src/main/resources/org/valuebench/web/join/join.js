/*
 * ValueBench participant page: join the room, follow the current step, add cards, place dots.
 * Every text that comes from the room reaches the page through textContent only, never as HTML.
 * Plain script on purpose (no build step, no modules, no async functions): it must run in any current browser
 * and in the test engines, served from the app with no internet in the room.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'valuebench.join.token';
  var DEVICE_KEY = 'valuebench.join.device';
  var PENDING_KEY = 'valuebench.join.pending';
  var MAX_TEXT = 2000;
  var POLL_MS = 2000;           // docs/join-api.md: poll every 2 s when the stream fails
  var STREAM_RETRY_MS = 20000;  // then try the stream again now and then
  var STREAM_FIRST_VIEW_MS = 3000; // the room sends the view as soon as the stream opens
  var RESEND_MS = 2000;         // a submission that got no answer is sent again, with the same id
  var REQUEST_TIMEOUT_MS = 10000;

  var state = {
    token: null,
    view: null,
    viewAt: 0,
    stream: null,
    pollTimer: null,
    streamRetryTimer: null,
    streamWatchdog: null,
    pending: [],
    sending: false,
    resendTimer: null,
    listsKey: ''
  };

  function $(id) {
    return document.getElementById(id);
  }

  // ---------------------------------------------------------------- storage (memory when the browser refuses)

  var memoryStore = {};

  function load(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return Object.prototype.hasOwnProperty.call(memoryStore, key) ? memoryStore[key] : null;
    }
  }

  function store(key, value) {
    try {
      if (value === null) {
        window.localStorage.removeItem(key);
      } else {
        window.localStorage.setItem(key, value);
      }
    } catch (e) {
      if (value === null) {
        delete memoryStore[key];
      } else {
        memoryStore[key] = value;
      }
    }
  }

  function randomPart() {
    if (window.crypto && typeof window.crypto.getRandomValues === 'function') {
      var words = new Uint32Array(3);
      window.crypto.getRandomValues(words);
      return words[0].toString(36) + words[1].toString(36) + words[2].toString(36);
    }
    return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  }

  function deviceId() {
    var id = load(DEVICE_KEY);
    if (!id || !/^[A-Za-z0-9_-]{1,24}$/.test(id)) {
      id = ('d' + randomPart()).slice(0, 20);
      store(DEVICE_KEY, id);
    }
    return id;
  }

  /** A submission id the room accepts (1–64 letters, digits, '-' or '_'). randomUUID needs HTTPS or localhost. */
  function newSubmissionId() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') {
      return window.crypto.randomUUID();
    }
    return (deviceId() + '-' + Date.now().toString(36) + '-' + randomPart()).slice(0, 64);
  }

  function savePending() {
    store(PENDING_KEY, state.pending.length ? JSON.stringify(state.pending) : null);
  }

  function loadPending() {
    var text = load(PENDING_KEY);
    if (!text) {
      return [];
    }
    try {
      var list = JSON.parse(text);
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }

  // ---------------------------------------------------------------- HTTP

  /** Calls done(status, json) once; status 0 when the room could not be reached (or took too long). */
  function request(method, path, body, done) {
    var xhr = new XMLHttpRequest();
    var answered = false;
    function finish(status) {
      if (answered) {
        return;
      }
      answered = true;
      var data = null;
      if (status !== 0 && xhr.responseText) {
        try {
          data = JSON.parse(xhr.responseText);
        } catch (e) {
          data = null;
        }
      }
      done(status, data, xhr);
    }
    xhr.open(method, path, true);
    if (state.token && path !== '/api/join') {
      xhr.setRequestHeader('Authorization', 'Bearer ' + state.token);
    }
    if (body !== null) {
      xhr.setRequestHeader('Content-Type', 'application/json');
    }
    xhr.timeout = REQUEST_TIMEOUT_MS;
    xhr.onload = function () { finish(xhr.status); };
    xhr.onerror = function () { finish(0); };
    xhr.ontimeout = function () { finish(0); };
    xhr.send(body === null ? null : JSON.stringify(body));
  }

  function messageOf(status, data) {
    if (data && typeof data.error === 'string' && data.error) {
      return data.error;
    }
    if (status === 0) {
      return 'The room cannot be reached. Check that you are on the room\'s network.';
    }
    return 'The room refused this (' + status + ').';
  }

  function retryAfterMs(xhr) {
    var seconds = parseInt(xhr && xhr.getResponseHeader ? xhr.getResponseHeader('Retry-After') : '', 10);
    return (isNaN(seconds) || seconds < 1 ? 5 : Math.min(seconds, 120)) * 1000;
  }

  // ---------------------------------------------------------------- small DOM helpers (text only)

  function setText(id, text) {
    $(id).textContent = text;
  }

  function show(id, visible) {
    $(id).hidden = !visible;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function announce(text) {
    var region = $('announcer');
    // Emptied first so the same sentence twice is read twice.
    region.textContent = '';
    window.setTimeout(function () { region.textContent = text; }, 50);
  }

  function notice(text) {
    setText('notice', text || '');
    show('notice', !!text);
  }

  function plural(count, one, many) {
    return count + ' ' + (count === 1 ? one : many);
  }

  function codePoints(text) {
    var count = 0;
    for (var i = 0; i < text.length; i++) {
      var unit = text.charCodeAt(i);
      if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < text.length) {
        i++;
      }
      count++;
    }
    return count;
  }

  // ---------------------------------------------------------------- joining

  function codeFromAddress() {
    var match = /[?&]code=([^&#]*)/.exec(window.location.search || '');
    if (!match) {
      return '';
    }
    try {
      return decodeURIComponent(match[1].replace(/\+/g, ' ')).trim();
    } catch (e) {
      return '';
    }
  }

  function showJoin(message) {
    stopFollowing();
    state.token = null;
    state.view = null;
    state.listsKey = '';
    state.pending = [];
    store(TOKEN_KEY, null);
    savePending();
    notice('');
    show('step-view', false);
    show('ended-view', false);
    show('join-view', true);
    setText('me-name', '');
    setText('join-error', message || '');
    var code = $('join-code');
    if (!code.value) {
      code.value = codeFromAddress();
    }
    document.title = 'Join the workshop · ValueBench';
  }

  function onJoinSubmit(event) {
    event.preventDefault();
    var code = $('join-code').value.replace(/\s+/g, '').toUpperCase();
    var name = $('join-name').value.trim();
    var anonymous = $('join-anonymous').checked;
    if (!code) {
      setText('join-error', 'Type the join code shown on the facilitator\'s screen.');
      $('join-code').focus();
      return;
    }
    if (!name && !anonymous) {
      setText('join-error', 'Type your name, or join anonymously.');
      $('join-name').focus();
      return;
    }
    setText('join-error', '');
    var button = $('join-button');
    button.disabled = true;
    button.textContent = 'Joining…';
    request('POST', '/api/join', { code: code, name: name, anonymous: anonymous }, function (status, data, xhr) {
      button.disabled = false;
      button.textContent = 'Join';
      if (status === 200 && data && typeof data.token === 'string') {
        state.token = data.token;
        store(TOKEN_KEY, data.token);
        setText('me-name', meText(data.name, data.anonymous));
        announce('You have joined the workshop.');
        resume();
        return;
      }
      var message = messageOf(status, data);
      if (status === 429) {
        message += ' Try again in ' + Math.round(retryAfterMs(xhr) / 1000) + ' seconds.';
      }
      setText('join-error', message);
    });
  }

  function meText(name, anonymous) {
    return anonymous ? 'You: anonymous' : 'You: ' + name;
  }

  // ---------------------------------------------------------------- following the room

  /** With a token: ask for the view once, then follow the stream (or poll). */
  function resume() {
    request('GET', '/api/state', null, function (status, data) {
      if (status === 200) {
        accept(data);
        if (state.token) {
          follow();
          pump();
        }
      } else if (status === 401) {
        showJoin(messageOf(status, data));
      } else {
        notice('The room cannot be reached right now. Trying again…');
        startPolling();
      }
    });
  }

  function follow() {
    stopStream();
    // No EventSource, or a stand-in without close() (HtmlUnit's): poll instead.
    if (typeof window.EventSource !== 'function' || typeof window.EventSource.prototype.close !== 'function') {
      startPolling();
      return;
    }
    var source;
    try {
      source = new window.EventSource('/api/events?token=' + encodeURIComponent(state.token));
    } catch (e) {
      startPolling();
      return;
    }
    state.stream = source;
    // A proxy that buffers the stream (or a browser whose EventSource never fires) gives neither views nor an
    // error: without the first view soon, treat the stream as failed.
    state.streamWatchdog = window.setTimeout(function () {
      state.streamWatchdog = null;
      if (state.stream === source) {
        streamFailed();
      }
    }, STREAM_FIRST_VIEW_MS);
    source.addEventListener('view', function (event) {
      if (state.stream !== source) {
        return;
      }
      clearWatchdog();
      stopPolling();
      notice('');
      var view;
      try {
        view = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      accept(view);
    });
    source.addEventListener('ended', function () {
      if (state.stream !== source) {
        return;
      }
      stopStream();
      checkStillIn();
    });
    source.onerror = function () {
      if (state.stream !== source) {
        return;
      }
      streamFailed();
    };
  }

  /** The stream broke or never delivered: poll, and try the stream again later. */
  function streamFailed() {
    stopStream();
    startPolling();
    scheduleStreamRetry();
  }

  function clearWatchdog() {
    if (state.streamWatchdog) {
      window.clearTimeout(state.streamWatchdog);
      state.streamWatchdog = null;
    }
  }

  function scheduleStreamRetry() {
    if (state.streamRetryTimer) {
      return;
    }
    state.streamRetryTimer = window.setTimeout(function () {
      state.streamRetryTimer = null;
      if (state.token) {
        follow();
      }
    }, STREAM_RETRY_MS);
  }

  function startPolling() {
    if (state.pollTimer) {
      return;
    }
    state.pollTimer = window.setInterval(poll, POLL_MS);
  }

  function poll() {
    if (!state.token) {
      stopPolling();
      return;
    }
    request('GET', '/api/state', null, function (status, data) {
      if (status === 200) {
        notice('');
        accept(data);
        pump();
      } else if (status === 401) {
        tokenStopped(data);
      } else {
        notice('The room cannot be reached right now. Trying again…');
      }
    });
  }

  /** The stream said the token stopped working: ask once to learn why. */
  function checkStillIn() {
    request('GET', '/api/state', null, function (status, data) {
      if (status === 200) {
        accept(data);
        follow();
      } else if (status === 401) {
        tokenStopped(data);
      } else {
        notice('The room cannot be reached right now. Trying again…');
        startPolling();
      }
    });
  }

  function tokenStopped(data) {
    if (state.view && state.view.may === 'ENDED') {
      showEnded();
    } else {
      showJoin(messageOf(401, data));
    }
  }

  function stopStream() {
    clearWatchdog();
    if (state.stream) {
      if (typeof state.stream.close === 'function') {
        state.stream.close();
      }
      state.stream = null;
    }
  }

  function stopPolling() {
    if (state.pollTimer) {
      window.clearInterval(state.pollTimer);
      state.pollTimer = null;
    }
  }

  function stopFollowing() {
    stopStream();
    stopPolling();
    if (state.streamRetryTimer) {
      window.clearTimeout(state.streamRetryTimer);
      state.streamRetryTimer = null;
    }
    if (state.resendTimer) {
      window.clearTimeout(state.resendTimer);
      state.resendTimer = null;
    }
  }

  /** Shows a view unless it is older than the one shown (answers and stream events may cross). */
  function accept(view) {
    if (!view || typeof view.seq !== 'number' || !view.step) {
      return;
    }
    if (state.view && view.seq < state.view.seq) {
      return;
    }
    var before = state.view;
    state.view = view;
    state.viewAt = Date.now();
    if (view.may === 'ENDED') {
      showEnded();
      return;
    }
    render(view);
    announceChange(before, view);
  }

  function showEnded() {
    stopFollowing();
    state.token = null;
    state.pending = [];
    store(TOKEN_KEY, null);
    savePending();
    notice('');
    show('join-view', false);
    show('step-view', false);
    show('ended-view', true);
    announce('The workshop has ended.');
  }

  function announceChange(before, view) {
    var step = view.step;
    if (!before || before.step.number !== step.number || before.step.title !== step.title) {
      announce('Step ' + step.number + ' of ' + step.of + ': ' + step.title + '. ' + view.mayText);
    } else if (before.results.length === 0 && view.results.length > 0) {
      var first = view.results[0];
      announce('The vote has stopped. First: ' + first.text + ', ' + plural(first.dots, 'dot', 'dots') + '.');
    } else if (before.may !== view.may) {
      announce(view.mayText);
    } else if (before.hiddenCount > 0 && view.hiddenCount === 0 && view.cards.length > before.cards.length) {
      announce('The cards are revealed.');
    }
  }

  // ---------------------------------------------------------------- rendering

  function render(view) {
    var step = view.step;
    document.title = step.title + ' · ' + view.workshop;
    setText('workshop-name', view.workshop);
    setText('me-name', meText(view.me.name, view.me.anonymous));
    setText('step-number', 'Step ' + step.number + ' of ' + step.of);
    setText('canvas-name', view.canvas);
    setText('step-title', step.title);
    setText('step-prompt', step.prompt || '');
    show('step-prompt', !!step.prompt);
    var titles = step.sections.map(function (s) { return s.title; });
    setText('step-sections', titles.length ? (titles.length === 1 ? 'Section: ' : 'Sections: ') + titles.join(', ') : '');
    show('step-sections', titles.length > 0);
    setText('may-text', view.mayText);
    // During a vote the dots line below says what to do, from the vote's own numbers: not said twice.
    show('may-text', !voteOpen(view));
    renderTimer();
    renderCardForm(view);
    renderDotsLeft(view);
    // A poll brings the same view every 2 s: rebuild the lists only when they change, so focus, a screen
    // reader's place and a finger on a button are not disturbed.
    var listsKey = JSON.stringify([view.cards, view.vote, view.hiddenCount, view.results, view.step.sections, view.may]);
    if (listsKey !== state.listsKey) {
      state.listsKey = listsKey;
      renderResults(view);
      renderCards(view);
    }
    setText('coming', view.coming ? 'Coming next: ' + view.coming : '');
    show('coming', !!view.coming);
    show('join-view', false);
    show('ended-view', false);
    show('step-view', true);
  }

  function clock(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ':' + (rest < 10 ? '0' : '') + rest;
  }

  /** Counts down locally from the last view; overtime in words and in colour. */
  function renderTimer() {
    var view = state.view;
    var timer = $('timer');
    if (!view || !view.timer || view.may === 'ENDED') {
      timer.hidden = true;
      return;
    }
    var left = view.timer.secondsLeft;
    if (view.timer.running) {
      left -= Math.floor((Date.now() - state.viewAt) / 1000);
    }
    var text;
    if (left < 0) {
      text = 'Over time by ' + clock(-left);
    } else {
      text = clock(left) + ' left';
    }
    if (!view.timer.running) {
      text += ' (paused)';
    }
    timer.textContent = text;
    timer.className = 'timer' + (left < 0 ? ' overtime' : '') + (view.timer.running ? '' : ' paused');
    timer.hidden = false;
  }

  function renderCardForm(view) {
    var adding = view.may === 'ADD_CARDS' && view.step.sections.length > 0;
    show('card-form', adding);
    if (!adding) {
      return;
    }
    var select = $('card-section');
    var chosen = select.value;
    var keys = view.step.sections.map(function (s) { return s.key; }).join('|');
    if (select.getAttribute('data-keys') !== keys) {
      clear(select);
      view.step.sections.forEach(function (section) {
        var option = element('option', '', section.title);
        option.value = section.key;
        select.appendChild(option);
      });
      select.setAttribute('data-keys', keys);
      if (chosen && keys.split('|').indexOf(chosen) >= 0) {
        select.value = chosen;
      }
    }
    show('card-section-field', view.step.sections.length > 1);
    updateCounter();
  }

  function updateCounter() {
    var text = $('card-text').value.trim();
    var count = codePoints(text);
    var counter = $('card-count');
    counter.textContent = count.toLocaleString('en') + ' of 2,000 characters'
      + (count > MAX_TEXT ? ': ' + (count - MAX_TEXT).toLocaleString('en') + ' too many' : '');
    counter.className = 'hint counter' + (count > MAX_TEXT ? ' over' : '');
  }

  function voteOpen(view) {
    return view.may === 'VOTE' && view.vote && view.vote.open;
  }

  function renderDotsLeft(view) {
    var open = voteOpen(view);
    show('dots-left', open);
    if (open) {
      var vote = view.vote;
      setText('dots-left', 'You have ' + vote.dotsLeft + ' of ' + plural(vote.dotsPerParticipant, 'dot', 'dots')
        + ' left' + (vote.oneDotPerCard ? ' (one per card)' : ''));
    }
  }

  function renderResults(view) {
    var list = $('results');
    clear(list);
    show('results-heading', view.results.length > 0);
    view.results.forEach(function (result) {
      var item = element('li', 'result card');
      var rank = element('span', 'rank', (result.tie ? '=' : '') + result.rank);
      rank.setAttribute('aria-label', (result.tie ? 'Shared rank ' : 'Rank ') + result.rank);
      var body = element('div', 'body');
      body.appendChild(element('p', 'card-text', result.text));
      var meta = element('p', 'card-meta');
      meta.appendChild(element('span', '', plural(result.dots, 'dot', 'dots')));
      meta.appendChild(element('span', '', sectionTitle(view, result.section)));
      body.appendChild(meta);
      item.appendChild(rank);
      item.appendChild(body);
      list.appendChild(item);
    });
  }

  function sectionTitle(view, key) {
    for (var i = 0; i < view.step.sections.length; i++) {
      if (view.step.sections[i].key === key) {
        return view.step.sections[i].title;
      }
    }
    return key;
  }

  function renderCards(view) {
    var list = $('cards');
    // Rebuilt on every view: keep keyboard focus on the same button.
    var focused = document.activeElement && document.activeElement.getAttribute
      ? document.activeElement.getAttribute('data-focus-key') : null;
    clear(list);
    var open = voteOpen(view);
    var votable = open ? view.vote.sections : [];
    view.cards.forEach(function (card) {
      var item = element('li', 'card' + (card.mine ? ' mine' : ''));
      item.setAttribute('data-card', String(card.id));
      item.appendChild(element('p', 'card-text', card.text));
      var meta = element('p', 'card-meta');
      if (view.step.sections.length > 1) {
        meta.appendChild(element('span', '', sectionTitle(view, card.section)));
      }
      if (card.mine) {
        meta.appendChild(element('span', 'mine-mark', 'Yours'));
      }
      if (meta.firstChild) {
        item.appendChild(meta);
      }
      if (open && votable.indexOf(card.section) >= 0) {
        item.appendChild(dotControls(view, card));
      }
      list.appendChild(item);
    });
    // Once the result is there it lists every card of the vote: the cards are not shown twice.
    var showCards = view.results.length === 0;
    show('cards', showCards);
    show('no-cards', showCards && view.cards.length === 0 && view.hiddenCount === 0);
    show('cards-heading', showCards);
    setText('hidden-count', view.hiddenCount > 0
      ? plural(view.hiddenCount, 'card', 'cards') + ' hidden until the facilitator reveals them' : '');
    show('hidden-count', view.hiddenCount > 0);
    if (focused) {
      var again = list.querySelector('[data-focus-key="' + focused + '"]');
      if (again && !again.disabled) {
        again.focus();
      }
    }
  }

  function dotControls(view, card) {
    var vote = view.vote;
    var box = element('div', 'card-dots');
    box.appendChild(element('span', 'count', 'Your dots: ' + card.myDots));
    var place = element('button', '', 'Place a dot');
    place.type = 'button';
    place.setAttribute('aria-label', 'Place a dot on: ' + card.text);
    place.setAttribute('data-focus-key', 'place-' + card.id);
    place.disabled = vote.dotsLeft <= 0 || (vote.oneDotPerCard && card.myDots >= 1);
    place.addEventListener('click', function () { sendDot(card.id, true); });
    var takeBack = element('button', '', 'Take back');
    takeBack.type = 'button';
    takeBack.setAttribute('aria-label', 'Take back a dot from: ' + card.text);
    takeBack.setAttribute('data-focus-key', 'take-' + card.id);
    takeBack.disabled = card.myDots <= 0;
    takeBack.addEventListener('click', function () { sendDot(card.id, false); });
    box.appendChild(place);
    box.appendChild(takeBack);
    return box;
  }

  // ---------------------------------------------------------------- submissions (sent until answered)

  function onCardSubmit(event) {
    event.preventDefault();
    var text = $('card-text').value.trim();
    if (!text) {
      setText('card-error', 'Type your idea first.');
      $('card-text').focus();
      return;
    }
    if (codePoints(text) > MAX_TEXT) {
      setText('card-error', 'A card holds at most 2,000 characters: shorten it first.');
      $('card-text').focus();
      return;
    }
    setText('card-error', '');
    var section = state.view.step.sections.length > 1 ? $('card-section').value : state.view.step.sections[0].key;
    submit('/api/cards', { section: section, text: text }, 'card');
  }

  function sendDot(cardId, place) {
    submit('/api/dots', { card: cardId, place: place }, 'dot');
  }

  function submit(path, body, kind) {
    body.id = newSubmissionId();
    state.pending.push({ path: path, body: body, kind: kind });
    savePending();
    if (kind === 'card') {
      $('card-button').disabled = true;
      $('card-button').textContent = 'Sending…';
    }
    pump();
  }

  /** Sends the oldest submission; the same id again after a failure, so the room keeps one card or dot. */
  function pump() {
    if (state.sending || state.resendTimer || !state.pending.length || !state.token) {
      return;
    }
    var item = state.pending[0];
    state.sending = true;
    request('POST', item.path, item.body, function (status, data, xhr) {
      state.sending = false;
      if (status === 200) {
        settle(item);
        accept(data);
        answered(item, '');
      } else if (status === 401) {
        showJoin(messageOf(status, data));
        return;
      } else if (status === 0 || status >= 500 || status === 429) {
        notice(status === 429 ? messageOf(status, data) : 'Not sent yet: the room cannot be reached. Trying again…');
        resendLater(status === 429 ? retryAfterMs(xhr) : RESEND_MS);
        return;
      } else {
        // Refused: nothing changed in the room, nothing to send again.
        settle(item);
        answered(item, messageOf(status, data));
      }
      pump();
    });
  }

  function resendLater(delay) {
    state.resendTimer = window.setTimeout(function () {
      state.resendTimer = null;
      pump();
    }, delay);
  }

  function settle(item) {
    var index = state.pending.indexOf(item);
    if (index >= 0) {
      state.pending.splice(index, 1);
    }
    savePending();
    if (!state.pollTimer || state.stream) {
      notice('');
    }
  }

  function answered(item, refusal) {
    if (item.kind === 'card') {
      var stillCards = state.pending.some(function (p) { return p.kind === 'card'; });
      if (!stillCards) {
        $('card-button').disabled = false;
        $('card-button').textContent = 'Add card';
      }
      if (refusal) {
        setText('card-error', refusal);
      } else {
        if ($('card-text').value.trim() === item.body.text) {
          $('card-text').value = '';
          updateCounter();
        }
        announce('Card added.');
      }
    } else if (refusal) {
      notice(refusal);
      announce(refusal);
    }
  }

  // ---------------------------------------------------------------- start

  function start() {
    $('join-form').addEventListener('submit', onJoinSubmit);
    $('card-form').addEventListener('submit', onCardSubmit);
    $('card-text').addEventListener('input', updateCounter);
    $('join-anonymous').addEventListener('change', function () {
      $('join-name').disabled = $('join-anonymous').checked;
    });
    window.setInterval(renderTimer, 1000);
    state.token = load(TOKEN_KEY);
    state.pending = loadPending();
    if (state.token) {
      notice('Connecting to the room…');
      resume();
    } else {
      showJoin('');
      var code = $('join-code');
      (code.value ? $('join-name') : code).focus();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
