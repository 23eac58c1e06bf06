/* Haven's own script: whether the person has been active recently (typing, clicking, scrolling).
   The draft autosave asks it before each save, so that an idle page sends nothing and never keeps
   an idle session alive. */
(function () {
    var lastActivity = Date.now();
    ['keydown', 'input', 'mousedown', 'touchstart', 'wheel'].forEach(function (type) {
        document.addEventListener(type, function () { lastActivity = Date.now(); }, true);
    });
    window.havenActiveWithin = function (seconds) {
        return Date.now() - lastActivity <= seconds * 1000;
    };
})();
