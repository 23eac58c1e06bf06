/* Haven's own script, for the draft autosave: whether the person has been active recently (typing,
   clicking, scrolling), asked before each save so that an idle page sends nothing and never keeps
   an idle session alive; and the editors' current text, copied into the form before it is sent. */
(function () {
    var lastActivity = Date.now();
    ['keydown', 'input', 'mousedown', 'touchstart', 'wheel'].forEach(function (type) {
        document.addEventListener(type, function () { lastActivity = Date.now(); }, true);
    });
    window.havenActiveWithin = function (seconds) {
        return Date.now() - lastActivity <= seconds * 1000;
    };
    /* PrimeFaces copies what is typed into a rich-text editor to its form field only when the editor
       loses focus; an autosave while the person is still typing must send the text as it is now. */
    window.havenSyncEditors = function () {
        Object.keys(PrimeFaces.widgets).forEach(function (name) {
            var widget = PrimeFaces.widgets[name];
            if (widget instanceof PrimeFaces.widget.TextEditor && widget.editor) {
                widget.input.val(widget.getEditorValue());
            }
        });
    };
})();
