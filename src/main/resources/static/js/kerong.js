// Sends the CSRF token with every htmx request, so htmx forms and buttons work with Spring Security.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Charts pages: fetches the figures named by the root element's data-figures-url and draws them; when that fails,
// shows the root's data-label-error in the element with id errorId.
window.Kerong = window.Kerong || {};
window.Kerong.drawFigures = function (rootId, errorId, draw) {
  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById(rootId);
    if (!root) {
      return;
    }
    fetch(root.dataset.figuresUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) {
        if (!r.ok) { throw new Error(r.status); }
        return r.json();
      })
      .then(function (figures) { draw(root, figures); })
      .catch(function () {
        var error = document.getElementById(errorId);
        error.textContent = root.dataset.labelError;
        error.classList.remove('d-none');
      });
  });
};
