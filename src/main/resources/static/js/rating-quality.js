// Model-quality charts: fetches /api/v1/rating/quality for the period shown and draws the default rate per grade,
// the ROC curve and the cumulative score distributions of good and defaulted loans (no inline scripts: CSP).
(function () {
    'use strict';

    function percent(v) { return v == null ? null : Math.round(v * 10000) / 100; }

    function defaultRates(el, q, l) {
        echarts.init(el).setOption({
            grid: {left: 8, right: 16, top: 40, bottom: 8, containLabel: true},
            tooltip: {trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; }},
            xAxis: {type: 'category', data: q.grades.map(function (g) { return g.grade; })},
            yAxis: {type: 'value', name: l.labelRate + ' %'},
            series: [{type: 'bar', data: q.grades.map(function (g) { return percent(g.defaultRate); }),
                label: {show: true, position: 'top', formatter: '{c}%'}, itemStyle: {color: '#1f4e8c'}}]
        });
    }

    function roc(el, q, l) {
        echarts.init(el).setOption({
            title: {text: l.labelRoc + '  AUC ' + q.auc, left: 'center', textStyle: {fontSize: 13}},
            grid: {left: 8, right: 16, top: 40, bottom: 36, containLabel: true},
            tooltip: {trigger: 'axis'},
            xAxis: {type: 'value', min: 0, max: 1, name: l.labelFpr, nameLocation: 'middle', nameGap: 28},
            yAxis: {type: 'value', min: 0, max: 1, name: l.labelTpr, nameTextStyle: {align: 'left'}},
            series: [
                {type: 'line', showSymbol: false, data: q.roc.map(function (p) { return [p.falsePositiveRate, p.truePositiveRate]; }),
                    itemStyle: {color: '#1f4e8c'}, areaStyle: {opacity: 0.1}},
                {type: 'line', name: l.labelChance, showSymbol: false, data: [[0, 0], [1, 1]],
                    lineStyle: {type: 'dashed', color: '#adb5bd'}}]
        });
    }

    function ks(el, q, l) {
        echarts.init(el).setOption({
            title: {text: l.labelKs + '  KS ' + q.ks, left: 'center', textStyle: {fontSize: 13}},
            legend: {bottom: 0},
            grid: {left: 8, right: 16, top: 40, bottom: 64, containLabel: true},
            tooltip: {trigger: 'axis'},
            xAxis: {type: 'value', name: l.labelScore, nameLocation: 'middle', nameGap: 28, scale: true},
            yAxis: {type: 'value', min: 0, max: 1},
            series: [
                {type: 'line', step: 'end', showSymbol: false, name: l.labelGoods, itemStyle: {color: '#198754'},
                    data: q.distributions.map(function (p) { return [p.score, p.goods]; })},
                {type: 'line', step: 'end', showSymbol: false, name: l.labelBads, itemStyle: {color: '#dc3545'},
                    data: q.distributions.map(function (p) { return [p.score, p.bads]; }),
                    markLine: {symbol: 'none', data: [{xAxis: q.ksScore}], lineStyle: {type: 'dashed'}}}]
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var root = document.getElementById('quality-charts');
        if (!root) { return; }
        fetch(root.dataset.url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
            .then(function (r) { return r.json(); })
            .then(function (q) {
                if (!q.outcomesAvailable) { return; }
                defaultRates(document.getElementById('chart-default-rate'), q, root.dataset);
                var rocEl = document.getElementById('chart-roc');
                if (rocEl && q.auc != null) {
                    roc(rocEl, q, root.dataset);
                    ks(document.getElementById('chart-ks'), q, root.dataset);
                }
            });
    });
}());
