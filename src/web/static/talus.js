/* talus.js - what makes some pages nicer; every page works without it.
 * No framework, no third party: the Content-Security-Policy allows only
 * this file. */
"use strict";
document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", function () {
	/* The programme's tick boxes log an exercise as soon as they are
	 * ticked (without script, the button beside each does). */
	document.querySelectorAll("input.autosubmit").forEach(function (box) {
		box.addEventListener("change", function () {
			if (box.checked && box.form)
				box.form.submit();
		});
	});

	/* The import: the upload's progress, then the page of the result. */
	var form = document.getElementById("import-form");
	if (form && window.XMLHttpRequest && window.FormData) {
		form.addEventListener("submit", function (ev) {
			var bar = document.getElementById("import-progress");
			var status = document.getElementById("import-status");
			var xhr = new XMLHttpRequest();
			ev.preventDefault();
			bar.hidden = false;
			status.textContent = "uploading...";
			xhr.upload.addEventListener("progress", function (e) {
				if (e.lengthComputable)
					bar.value = Math.round(100 * e.loaded / e.total);
			});
			xhr.upload.addEventListener("load", function () {
				bar.value = 100;
				status.textContent = "uploaded; importing...";
			});
			xhr.addEventListener("load", function () {
				document.open();
				document.write(xhr.responseText);
				document.close();
			});
			xhr.addEventListener("error", function () {
				status.textContent = "the upload failed: is talus serve still running?";
			});
			xhr.open("POST", form.action);
			xhr.send(new FormData(form));
		});
	}
});
