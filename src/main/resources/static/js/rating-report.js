// Rating report page: draws the radar of the dimensions and the grade history with ECharts (SVG, so that printing
// stays sharp) from the JSON the page carries (no inline scripts: CSP), and wires the print button.
(function () {
    'use strict';

    var GRADE_COLOURS = {A: '#198754', B: '#1f4e8c', C: '#b36b00', D: '#b02a37'};
    var BRAND = '#1f4e8c';

    function radar(element, dimensions, root) {
        var chart = echarts.init(element, null, {renderer: 'svg'});
        chart.setOption({
            tooltip: {trigger: 'item'},
            radar: {
                radius: '62%',
                splitNumber: 4,
                indicator: dimensions.map(function (d) { return {name: d.name + '\n' + d.score + ' / ' + d.max, max: d.max}; }),
                axisName: {color: '#212529', fontSize: 13, lineHeight: 18},
                splitArea: {show: false}
            },
            series: [{
                type: 'radar', name: root.dataset.labelScore,
                data: [{value: dimensions.map(function (d) { return d.score; }), name: root.dataset.labelScore}],
                areaStyle: {color: 'rgba(31, 78, 140, 0.22)'}, lineStyle: {color: BRAND, width: 2},
                itemStyle: {color: BRAND}, symbolSize: 6
            }]
        });
        return chart;
    }

    function history(element, data, root) {
        var chart = echarts.init(element, null, {renderer: 'svg'});
        var lines = data.cutOffs.map(function (c) {
            return {yAxis: c.minScore, label: {formatter: c.grade + ' ≥' + c.minScore, color: GRADE_COLOURS[c.grade]},
                lineStyle: {color: GRADE_COLOURS[c.grade], type: 'dashed'}};
        });
        chart.setOption({
            grid: {left: 40, right: 60, top: 24, bottom: 30},
            tooltip: {trigger: 'axis'},
            xAxis: {type: 'category', data: data.history.map(function (h) { return h.asOf; })},
            yAxis: {type: 'value', min: 0, max: data.maxTotal},
            series: [{
                type: 'line', name: root.dataset.labelScore, lineStyle: {color: BRAND, width: 2},
                data: data.history.map(function (h) {
                    return {value: h.score, itemStyle: {color: GRADE_COLOURS[h.grade]},
                        label: {show: true, formatter: h.grade, color: GRADE_COLOURS[h.grade], fontWeight: 'bold'}};
                }),
                symbolSize: 8, markLine: {symbol: 'none', silent: true, data: lines}
            }]
        });
        return chart;
    }

    function start() {
        var root = document.getElementById('rating-report');
        var source = document.getElementById('report-data');
        if (!root || !source) {
            return;
        }
        var data = JSON.parse(source.textContent);
        var charts = [];
        var radarElement = document.getElementById('chart-radar');
        if (radarElement && data.dimensions) {
            charts.push(radar(radarElement, data.dimensions, root));
        }
        var historyElement = document.getElementById('chart-history');
        if (historyElement && data.history.length) {
            charts.push(history(historyElement, data, root));
        }
        window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
        window.addEventListener('beforeprint', function () { charts.forEach(function (c) { c.resize(); }); });
        var print = document.getElementById('report-print');
        if (print) {
            print.addEventListener('click', function () { window.print(); });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
