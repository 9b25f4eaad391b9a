// Operator dashboard: fetches /api/v1/dashboard/operator and draws the charts (no inline scripts: CSP).
(function () {
    'use strict';

    function bar(chart, labels, values, onClick) {
        chart.setOption({
            grid: {left: 8, right: 16, top: 16, bottom: 8, containLabel: true},
            tooltip: {trigger: 'axis'},
            xAxis: {type: 'value', minInterval: 1},
            yAxis: {type: 'category', data: labels.slice().reverse(), axisLabel: {width: 140, overflow: 'truncate'}},
            series: [{type: 'bar', data: values.slice().reverse(), label: {show: true, position: 'right'},
                itemStyle: {color: '#1f4e8c'}}]
        }, true);
        chart.off('click');
        if (onClick) {
            chart.on('click', function (p) { onClick(labels.length - 1 - p.dataIndex); });
        }
    }

    function regions(chart, figures, root) {
        var back = document.getElementById('region-back');
        function provinces() {
            back.classList.add('d-none');
            bar(chart, figures.provinces.map(function (r) { return r.name; }),
                figures.provinces.map(function (r) { return r.enterprises; }),
                function (i) { cities(figures.provinces[i]); });
        }
        function cities(province) {
            var list = figures.cities[province.code] || [];
            back.classList.remove('d-none');
            bar(chart, list.map(function (r) { return r.name; }), list.map(function (r) { return r.enterprises; }));
        }
        back.addEventListener('click', provinces);
        provinces();
    }

    function evaluation(chart, e, root) {
        chart.setOption({
            tooltip: {trigger: 'item'},
            legend: {bottom: 0},
            series: [{type: 'pie', radius: ['40%', '70%'], label: {formatter: '{b}: {c} ({d}%)'},
                data: [{name: root.dataset.labelQualified, value: e.qualified, itemStyle: {color: '#198754'}},
                    {name: root.dataset.labelNotQualified, value: e.evaluated - e.qualified, itemStyle: {color: '#adb5bd'}}]}]
        });
    }

    function text(id, value) {
        document.getElementById(id).textContent = value;
    }

    function draw(root, figures) {
        var charts = ['chart-region', 'chart-industry', 'chart-qualification', 'chart-evaluation'].map(function (id) {
            return echarts.init(document.getElementById(id));
        });
        text('figure-enterprises', figures.enterprises.toLocaleString());
        text('figure-pass-rate', (figures.evaluation.passRate * 100).toFixed(1) + '%');
        text('figure-evaluated', figures.evaluation.qualified + ' / ' + figures.evaluation.evaluated);
        var support = figures.qualifications.filter(function (q) { return q.code === 'SUPPORT_LIST'; })[0];
        text('figure-support-list', support ? support.enterprises : 0);
        text('figure-pending', figures.pendingRegistrations);
        regions(charts[0], figures, root);
        var industries = figures.industries.slice().sort(function (a, b) { return b.enterprises - a.enterprises; });
        bar(charts[1], industries.map(function (c) { return c.code + ' ' + c.label; }),
            industries.map(function (c) { return c.enterprises; }));
        bar(charts[2], figures.qualifications.map(function (c) { return c.label; }),
            figures.qualifications.map(function (c) { return c.enterprises; }));
        evaluation(charts[3], figures.evaluation, root);
        window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
    }

    Kerong.drawFigures('operator-dashboard', 'dashboard-error', draw);
})();
