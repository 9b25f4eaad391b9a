// Upload progress for the bulk import form: htmx reports the upload's progress; validation then runs on the server.
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = document.getElementById('import-progress');
  if (bar && event.detail.lengthComputable) {
    bar.style.width = Math.round(event.detail.loaded / event.detail.total * 100) + '%';
  }
});
