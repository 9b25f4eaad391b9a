// The public tech-SME calculator: sends the form to the JSON API and shows points, verdict, reasons and advice,
// or each field's error beside the field.
(function () {
  var form = document.getElementById('calculator');
  if (!form) { return; }
  var numbers = ['employees', 'techStaff', 'revenue', 'totalCosts', 'totalAssets', 'rdExpense', 'class1Ip', 'class2Ip'];
  var flags = ['highTechCertificate', 'nationalAwardTop3', 'provincialRdInstitution', 'ledStandard', 'seriousViolation'];

  function body() {
    var data = {};
    numbers.forEach(function (name) {
      var value = form.elements[name].value.trim().replace(/,/g, '');
      if (value !== '') { data[name] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value; }
    });
    flags.forEach(function (name) { data[name] = form.elements[name].checked; });
    return JSON.stringify(data);
  }

  function clearErrors() {
    form.querySelectorAll('.is-invalid').forEach(function (e) { e.classList.remove('is-invalid'); });
    document.getElementById('calculator-error').classList.add('d-none');
  }

  function list(id, items) {
    var ul = document.getElementById(id);
    ul.replaceChildren();
    items.forEach(function (text) { var li = document.createElement('li'); li.textContent = text; ul.appendChild(li); });
  }

  function showResult(r) {
    ['techStaffPoints', 'rdPoints', 'ipPoints', 'totalPoints'].forEach(function (k) {
      document.getElementById(k).textContent = r[k];
    });
    var verdict = document.getElementById('verdict');
    verdict.textContent = r.qualified ? verdict.dataset.yes : verdict.dataset.no;
    verdict.className = 'fs-4 mb-2 ' + (r.qualified ? 'text-success' : 'text-danger');
    list('reasons', r.reasons);
    list('advice', r.advice);
    document.getElementById('calculator-result').classList.remove('d-none');
  }

  function showProblem(p) {
    (p.errors || []).forEach(function (e) {
      var input = form.elements[e.field];
      var feedback = document.getElementById(e.field + '-error');
      if (input && feedback) { input.classList.add('is-invalid'); feedback.textContent = e.message; }
    });
    var box = document.getElementById('calculator-error');
    box.textContent = p.detail || p.title;
    box.classList.remove('d-none');
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearErrors();
    fetch(form.dataset.api, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' }, body: body() })
      .then(function (response) { return response.json().then(function (json) { return { ok: response.ok, json: json }; }); })
      .then(function (r) { if (r.ok) { showResult(r.json); } else { showProblem(r.json); } });
  });
}());
