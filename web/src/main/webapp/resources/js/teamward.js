/*
 * The narrow-screen menu button: shows and hides the navigation list. A script file, not inline
 * handlers, so that a Content-Security-Policy without 'unsafe-inline' still allows it.
 */
(function () {
  function setOpen(toggle, open) {
    toggle.setAttribute('aria-expanded', String(open));
    var menu = document.getElementById(toggle.getAttribute('aria-controls'));
    if (menu) {
      menu.classList.toggle('tw-menu-open', open);
    }
  }
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest ? event.target.closest('.tw-menu-toggle') : null;
    if (toggle) {
      setOpen(toggle, toggle.getAttribute('aria-expanded') !== 'true');
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    var toggle = document.querySelector('.tw-menu-toggle[aria-expanded="true"]');
    if (toggle) {
      setOpen(toggle, false);
      toggle.focus();
    }
  });
})();
