/*
 * Loaded before everything else by taskpane.html, and written in ES5 on purpose: it must run
 * where the pane's bundle cannot — Internet Explorer's engine (Office 2016 and 2019 on Windows),
 * the old Edge (EdgeHTML), Safari before 13.1. There the pane would stay blank; this says why, in
 * Russian and English, and what to use instead. It shows when the engine lacks what ES2020
 * brings (the bundle's level), or when the bundle fails to parse. No inline script: the
 * page's Content-Security-Policy forbids it.
 */
(function () {
  'use strict';

  var TEXT = {
    ru: {
      title: 'Эта версия Office не может открыть «Проверку дорожных карт»',
      body: [
        'Надстройка работает в Excel для Microsoft 365 (Windows и Mac), в Excel 2021 и новее и в Excel в Интернете (в браузере).',
        'Office 2016 и Office 2019 открывают надстройки во встроенном Internet Explorer или в старом Microsoft Edge, а они её не поддерживают.',
        'Что можно сделать: откройте книгу в Excel в Интернете; или проверьте файлы программой командной строки roadmap-checker (команда «roadmap-checker check план.xlsx», нужен Node.js) либо в веб-версии проверки в браузере — файлы никуда не отправляются.'
      ]
    },
    en: {
      title: 'This version of Office cannot open Roadmap Checker',
      body: [
        'The add-in runs in Excel for Microsoft 365 (Windows and Mac), Excel 2021 and later, and Excel on the web.',
        'Office 2016 and Office 2019 show add-ins in the built-in Internet Explorer or the old Microsoft Edge, which cannot run it.',
        'What to do instead: open the workbook in Excel on the web; or check the files with the roadmap-checker command line ("roadmap-checker check plan.xlsx", needs Node.js) or in the checker\'s web version in a browser — the files are sent nowhere.'
      ]
    }
  };

  var shown = false;

  /** What ES2020 engines have and older ones lack. */
  function canRunBundle() {
    try {
      return (
        typeof Promise !== 'undefined' &&
        typeof Promise.allSettled === 'function' &&
        typeof Object.fromEntries === 'function' &&
        typeof String.prototype.matchAll === 'function' &&
        typeof window.globalThis === 'object'
      );
    } catch (e) {
      return false;
    }
  }

  function paragraph(tag, text, style) {
    var node = document.createElement(tag);
    node.appendChild(document.createTextNode(text));
    if (style) node.setAttribute('style', style);
    return node;
  }

  function show() {
    if (shown || !document.body) return;
    shown = true;
    var root = document.getElementById('root');
    if (root) root.style.display = 'none';
    var box = document.createElement('div');
    box.setAttribute('id', 'unsupported');
    box.setAttribute('role', 'alert');
    box.setAttribute('style', 'padding:16px;font:14px/1.45 "Segoe UI",Arial,sans-serif;color:#242424;overflow:auto;height:100%;box-sizing:border-box');
    var languages = ['ru', 'en'];
    for (var i = 0; i < languages.length; i++) {
      var text = TEXT[languages[i]];
      var part = document.createElement('div');
      part.setAttribute('lang', languages[i]);
      part.appendChild(paragraph('h1', text.title, 'font-size:16px;margin:0 0 8px'));
      for (var j = 0; j < text.body.length; j++) part.appendChild(paragraph('p', text.body[j], 'margin:0 0 8px'));
      if (i === 0) part.appendChild(document.createElement('hr'));
      box.appendChild(part);
    }
    document.body.appendChild(box);
  }

  function showWhenReady() {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
    else show();
  }

  // The bundle (or one of its chunks) could not even be parsed: syntax this engine lacks.
  window.addEventListener('error', function (event) {
    var source = (event && event.filename) || '';
    var message = (event && event.message) || '';
    if (/\/(taskpane|\d+)\.js(\?|$)/.test(source) && /syntax/i.test(message)) showWhenReady();
  });

  if (!canRunBundle()) showWhenReady();
})();
