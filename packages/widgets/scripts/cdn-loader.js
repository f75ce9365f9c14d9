/*! UnionKit widget loader: <script src="…/loader.js" data-widgets="provider membership-join" async></script>
 * adds each requested widget as <script type="module" integrity="sha384-…" crossorigin="anonymous">, and the
 * chunks it imports as <link rel="modulepreload"> with their integrity, from the build's manifest
 * (inlined below; sri.json beside it is the same). UnionKit.load(['job-listings']) loads more later. */
(function () {
  var manifest = __MANIFEST__;
  var script = document.currentScript;
  var base = script && script.src ? script.src : document.baseURI;
  var added = {};
  function add(tag, attributes) {
    var element = document.createElement(tag);
    for (var name in attributes) element.setAttribute(name, attributes[name]);
    document.head.appendChild(element);
    return element;
  }
  function url(file) {
    return new URL(file, base).href;
  }
  /**
   * Loads widgets by name (`membership-join`); resolves when their elements are defined (the job list's
   * script defines its element only after its first paint, once its widget chunk has come).
   */
  function load(names) {
    var loads = [];
    for (var i = 0; i < names.length; i++) {
      var entry = manifest.entries[names[i]];
      if (!entry) {
        loads.push(Promise.reject(new Error('UnionKit: no widget named "' + names[i] + '"（没有这个组件）')));
        continue;
      }
      // The chunks first: the entry's imports then find them fetched, and checked, by these links.
      for (var j = 0; j < entry.preload.length; j++) {
        var file = entry.preload[j];
        if (file === entry.file || added[file]) continue;
        added[file] = true;
        add('link', { rel: 'modulepreload', href: url(file), integrity: manifest.integrity[file], crossorigin: 'anonymous' });
      }
      if (added[entry.file]) continue;
      added[entry.file] = true;
      var tag = 'union-' + names[i];
      loads.push(
        new Promise(function (resolve, reject) {
          // This call's own: the loop's `tag` moves on before the script has loaded.
          var defined = tag;
          var src = url(entry.file);
          var element = add('script', { type: 'module', src: src, integrity: manifest.integrity[entry.file], crossorigin: 'anonymous' });
          element.onload = function () {
            resolve(customElements.whenDefined(defined));
          };
          element.onerror = function () {
            reject(new Error('UnionKit: ' + src + ' did not load or did not match its integrity（组件脚本未能加载）'));
          };
        }),
      );
    }
    return Promise.all(loads);
  }
  var api = (window.UnionKit = window.UnionKit || {});
  api.manifest = manifest;
  api.load = load;
  var wanted = script && script.getAttribute('data-widgets');
  if (wanted) {
    api.ready = load(wanted.split(/[\s,]+/).filter(Boolean));
    api.ready.catch(function (error) {
      console.error(error);
    });
  }
})();
