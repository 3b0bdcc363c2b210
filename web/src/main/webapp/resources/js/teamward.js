/*
 * The narrow-screen menu button and the "Administration" group: each shows and hides the list it
 * controls (a disclosure, not an ARIA menu: every entry is a link). Escape or a click elsewhere
 * closes an open one. A script file, not inline handlers, so that a Content-Security-Policy without
 * 'unsafe-inline' still allows it.
 */
(function () {
  var TOGGLES = '.tw-menu-toggle, .tw-submenu-toggle';

  function setOpen(toggle, open) {
    toggle.setAttribute('aria-expanded', String(open));
    var menu = document.getElementById(toggle.getAttribute('aria-controls'));
    if (menu) {
      menu.classList.toggle('tw-menu-open', open);
    }
  }
  function closeOthers(except) {
    document.querySelectorAll('.tw-submenu-toggle[aria-expanded="true"]').forEach(function (open) {
      var menu = document.getElementById(open.getAttribute('aria-controls'));
      if (open !== except && !(menu && except && menu.contains(except))) {
        setOpen(open, false);
      }
    });
  }
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest ? event.target.closest(TOGGLES) : null;
    closeOthers(toggle || event.target);
    if (toggle) {
      setOpen(toggle, toggle.getAttribute('aria-expanded') !== 'true');
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    // The innermost open list first: the administration group, then the narrow-screen menu.
    var toggle =
        document.querySelector('.tw-submenu-toggle[aria-expanded="true"]') ||
        document.querySelector('.tw-menu-toggle[aria-expanded="true"]');
    if (toggle) {
      setOpen(toggle, false);
      toggle.focus();
    }
  });
})();

/*
 * Icon-only PrimeFaces buttons, such as a date picker's trigger, carry the placeholder text
 * "ui-button" (visually hidden) beside an aria-label such as "Choose Date". Speech-input users say
 * what the name is, and a name that does not contain the button's text fails WCAG 2.5.3 (axe's
 * label-content-name-mismatch). The hidden text becomes the label itself, in the page's language.
 */
(function () {
  var PLACEHOLDER = 'ui-button';

  function nameIconButtons(root) {
    var texts = root.querySelectorAll('button[aria-label] .ui-button-text');
    for (var i = 0; i < texts.length; i++) {
      if (texts[i].textContent === PLACEHOLDER) {
        texts[i].textContent = texts[i].closest('button').getAttribute('aria-label');
      }
    }
  }

  function start() {
    nameIconButtons(document);
    // Widgets render their buttons after the page has loaded, and again after an ajax update.
    new MutationObserver(function () {
      nameIconButtons(document);
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

/*
 * A table marked data-tw-keys="grid" (the user-group matrix) is one stop for the Tab key, as the
 * ARIA grid pattern has it: the arrow keys move between its controls, Home and End go to the ends
 * of a row, Ctrl+Home and Ctrl+End to the first and last control. With hundreds of checkboxes the
 * buttons after the table (Save) would otherwise be hundreds of Tab presses away.
 */
(function () {
  var GRID = 'table[data-tw-keys="grid"]';
  var CONTROLS = 'input:not([disabled]):not([type="hidden"]), button:not([disabled])';

  function controls(grid) {
    return Array.prototype.slice.call(grid.querySelectorAll(CONTROLS));
  }

  /** The rows that hold a control, each as its controls in document order. */
  function rows(grid) {
    var found = [];
    var trs = grid.querySelectorAll('tr');
    for (var i = 0; i < trs.length; i++) {
      var items = Array.prototype.slice.call(trs[i].querySelectorAll(CONTROLS));
      if (items.length) {
        found.push(items);
      }
    }
    return found;
  }

  /** Keeps exactly one control of each grid in the Tab order; after an update, the first. */
  function rove(root) {
    var grids = root.querySelectorAll(GRID);
    for (var i = 0; i < grids.length; i++) {
      var items = controls(grids[i]);
      if (!items.length || items.some(function (c) { return c.getAttribute('tabindex') === '0'; })) {
        continue;
      }
      items.forEach(function (c) { c.setAttribute('tabindex', '-1'); });
      items[0].setAttribute('tabindex', '0');
    }
  }

  function moveTo(grid, target) {
    controls(grid).forEach(function (c) { c.setAttribute('tabindex', '-1'); });
    target.setAttribute('tabindex', '0');
    target.focus();
  }

  function centre(element) {
    var box = (element.closest('td, th') || element).getBoundingClientRect();
    return box.left + box.width / 2;
  }

  /** The control of the row nearest to the column of {@code from}. */
  function nearest(row, from) {
    var x = centre(from);
    return row.reduce(function (best, c) {
      return Math.abs(centre(c) - x) < Math.abs(centre(best) - x) ? c : best;
    });
  }

  function target(grid, current, event) {
    var all = rows(grid);
    var r = all.findIndex(function (row) { return row.indexOf(current) >= 0; });
    if (r < 0) {
      return null;
    }
    var row = all[r];
    var c = row.indexOf(current);
    switch (event.key) {
      case 'ArrowLeft': return row[c - 1];
      case 'ArrowRight': return row[c + 1];
      case 'ArrowUp': return r > 0 ? nearest(all[r - 1], current) : null;
      case 'ArrowDown': return r < all.length - 1 ? nearest(all[r + 1], current) : null;
      case 'Home': return event.ctrlKey ? all[0][0] : row[0];
      case 'End': return event.ctrlKey ? all[all.length - 1][all[all.length - 1].length - 1] : row[row.length - 1];
      default: return null;
    }
  }

  document.addEventListener('keydown', function (event) {
    var grid = event.target.closest ? event.target.closest(GRID) : null;
    if (!grid || event.altKey || event.metaKey) {
      return;
    }
    var next = target(grid, event.target, event);
    if (next) {
      event.preventDefault();
      moveTo(grid, next);
    }
  });

  // A control chosen with the mouse becomes the grid's stop, so that Tab continues from there.
  document.addEventListener('focusin', function (event) {
    var grid = event.target.closest ? event.target.closest(GRID) : null;
    if (grid && event.target.matches(CONTROLS) && event.target.getAttribute('tabindex') !== '0') {
      controls(grid).forEach(function (c) { c.setAttribute('tabindex', '-1'); });
      event.target.setAttribute('tabindex', '0');
    }
  });

  function start() {
    rove(document);
    new MutationObserver(function () {
      rove(document);
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

/*
 * The absence calendar (p:schedule's extender). FullCalendar names each day cell by its day number
 * alone (aria-labelledby), while the cell also shows that day's absences: a name that leaves out
 * the visible text (WCAG 2.5.3). Without the reference the cell is named by what it shows, the day
 * and its absences with their status words.
 */
window.teamwardCalendar = function () {
  var options = this.cfg.options;
  // Weeks run Monday to Sunday, as in "My week" and on the dashboard, whatever the locale says.
  options.firstDay = 1;
  var mounted = options.dayCellDidMount;
  options.dayCellDidMount = function (arg) {
    arg.el.removeAttribute('aria-labelledby');
    if (mounted) {
      mounted.apply(this, arguments);
    }
  };
};


/*
 * Table rows' actions (the rowAction tag): plain buttons, one listener for the whole page instead
 * of a widget and a script per button. A click sends the row's key to the page's remote command,
 * after the page's one confirmation dialog when the button asks a question; the server finds the
 * row among those its table shows and judges the action as any other request.
 */
(function () {
  var Teamward = (window.Teamward = window.Teamward || {});

  Teamward.rowAction = function (button) {
    var command = window[button.getAttribute('data-command')];
    if (typeof command === 'function') {
      command([{name: 'row', value: button.getAttribute('data-row')}]);
    }
  };
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button.tw-row-action') : null;
    if (!button || button.disabled) {
      return;
    }
    var question = button.getAttribute('data-confirm');
    if (question) {
      // On "Yes" the dialog runs the button's data-pfconfirmcommand, Teamward.rowAction(this).
      PrimeFaces.confirm({
        source: button,
        header: button.getAttribute('title'),
        message: question,
        escape: true,
        icon: 'pi pi-exclamation-triangle'
      });
    } else {
      Teamward.rowAction(button);
    }
  });
})();
