// KhaSite: progressive enhancements only. Every page works without this script.
(() => {
  "use strict";
})();
