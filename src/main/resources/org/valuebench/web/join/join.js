// A placeholder until the participant page lands.
"use strict";
document.getElementById("status").textContent = "The page is on its way.";
