// browser.mjs - the dashboard in a real browser: Playwright (playwright-core,
// no browser of its own) driving Debian's chromium, headless.
//
// usage: node browser.mjs TALUS_BINARY [OUT_DIR]
//
// It makes a log with the talus binary, starts `talus serve` on a free port
// of 127.0.0.1, and checks: every page opens with no console error and fits
// a phone's width; a run and an ankle log logged through the forms change the
// verdict; a red flag brings the urgent headline, first; a bad value shows the
// command line's message beside its field and keeps what was typed; the load
// chart has one bar per week with a distance; the programme's tick box logs
// an exercise; the report prints to PDF on A4 and Letter; a red flag logged
// through the form makes the ankle form ask its questions first, with the
// day it was logged; "none of the red flags applies" beside a red-flag box
// is refused beside the box with the command line's words; a consultation
// recorded through the form (from the banner's link) takes the banner
// away and the day becomes a protect rest day, its headline `talus
// today`'s. It writes OUT_DIR/screenshot-today.png
// (docs/screenshot-today.png is one).
import { chromium } from "playwright-core";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const bin = process.argv[2];
const outDir = process.argv[3] || ".";
const tmp = mkdtempSync(join(tmpdir(), "talus-web-"));
const env = { ...process.env, TALUS_DB: join(tmp, "t.db"), TZ: "UTC",
	      TALUS_TODAY: "2026-03-01", HOME: join(tmp, "home") };
delete env.TALUS_ATHLETE;
const talus = (...args) => execFileSync(bin, args, { env, encoding: "utf8",
						     stdio: ["ignore", "pipe", "pipe"] });

let passed = 0, failed = 0;
function check(name, ok, detail = "") {
	if (ok) {
		passed++;
		console.log(`ok: ${name}`);
	} else {
		failed++;
		console.log(`FAIL: ${name} ${detail}`);
	}
}

// A runner with 12 weeks of steady running, a shoe and a programme.
talus("init", "--name", "Ann");
talus("shoe", "add", "Pegasus", "--initial", "100");
let day = Date.UTC(2025, 11, 1);
for (let i = 0; i < 26; i++) {
	const d = new Date(day + i * 3 * 86400000).toISOString().slice(0, 10);
	if (d <= "2026-02-28")
		talus("run", "add", "--date", d, "--distance", String(6 + (i % 3)));
}
talus("program", "new", "--start", "2026-02-16");

const server = spawn(bin, ["serve", "--port", "0"], { env, stdio: ["ignore", "ignore", "pipe"] });
let log = "";
const port = await new Promise((resolve, reject) => {
	const timer = setTimeout(() => reject(new Error("talus serve did not start: " + log)), 10000);
	server.stderr.on("data", (b) => {
		log += b;
		const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(log);
		if (m) {
			clearTimeout(timer);
			resolve(m[1]);
		}
	});
});
const base = `http://127.0.0.1:${port}`;
const t0 = Date.now();

const context = await chromium.launchPersistentContext(join(tmp, "profile"), {
	executablePath: "/usr/bin/chromium",
	headless: true,
	args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
	       "--disable-component-update", "--disable-sync", "--no-first-run"],
	viewport: { width: 1100, height: 900 },
});
const page = context.pages()[0] || await context.newPage();
const errors = [];
page.on("console", (m) => { if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`); });
page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));

async function open(path) {
	let r;
	try {
		r = await page.goto(base + path, { waitUntil: "load" });
	} catch (e) {
		/* a navigation the page's script began (a tick box's form)
		 * may still be settling: once more */
		if (!/ERR_ABORTED|interrupted/.test(e.message))
			throw e;
		await page.waitForLoadState("networkidle");
		r = await page.goto(base + path, { waitUntil: "load" });
	}
	return r ? r.status() : 0;
}
const verdict = async () => page.getAttribute(".verdict-word", "data-verdict");

try {
	// Every page, no console error, no sideways scrolling on a phone.
	const pages = ["today", "log", "import", "load", "load?view=12m", "ankles", "ankles?days=365",
		       "shoes", "programme", "plan", "recovery", "report", "insights"];
	for (const p of pages) {
		errors.length = 0;
		const status = await open(`/a/Ann/${p}`);
		check(`/a/Ann/${p} opens`, status === 200, `status ${status}`);
		check(`/a/Ann/${p} has no console error`, errors.length === 0, errors.join("; "));
	}
	for (const p of ["/team", "/evidence", "/"]) {
		errors.length = 0;
		const status = await open(p);
		check(`${p} opens`, status === 200, `status ${status}`);
		check(`${p} has no console error`, errors.length === 0, errors.join("; "));
	}
	await page.setViewportSize({ width: 360, height: 780 });
	for (const p of ["today", "log", "load", "ankles", "shoes", "programme"]) {
		await open(`/a/Ann/${p}`);
		const over = await page.evaluate(() =>
			document.documentElement.scrollWidth - document.documentElement.clientWidth);
		check(`/a/Ann/${p} fits a phone (360 px)`, over <= 1, `${over} px too wide`);
	}
	await page.setViewportSize({ width: 1100, height: 900 });

	// The evidence link of a reason.
	await open("/evidence");
	check("/evidence#L1 is an anchor", await page.locator("tr#L1").count() === 1);

	// The load chart: a bar for each week with a distance.
	await open("/a/Ann/load");
	const bars = await page.locator("figure.chart svg rect.bar").count();
	const weeks = JSON.parse(await (await page.request.get(`${base}/api/a/Ann/load`)).text()).weeks;
	const withDist = weeks.filter((w) => w.distance_m > 0).length;
	check(`the load chart has one bar per week run (${bars} of ${withDist})`, bars === withDist && bars > 0);
	const tableRows = await page.locator("table#weeks tbody tr").count();
	check("the chart's numbers are in a table", tableRows === weeks.length);

	// The verdict before.
	await open("/a/Ann/today");
	const before = await verdict();
	check(`today's verdict to start with is run (${before})`, before === "run");

	// A bad value: the command line's message beside the field, values kept.
	await open("/a/Ann/log");
	await page.fill("#run-date", "2026-03-01");
	await page.fill("#run-distance", "7.5");
	await page.fill("#run-rpe", "11");
	await page.click("#run-form button[type=submit]");
	const err = await page.textContent("#run-rpe-error");
	const cli = (() => {
		try { talus("run", "add", "--date", "2026-03-01", "--distance", "7.5", "--rpe", "11"); }
		catch (e) { return e.stderr.toString().split("\n")[0].replace(/^talus: run add: /, ""); }
		return "";
	})();
	check(`the error is the command line's ("${err}")`, err.includes(cli) && cli.length > 0, `cli: ${cli}`);
	check("the values typed are kept", await page.inputValue("#run-distance") === "7.5");

	// A run through the form: pain after it of 6/10 changes the day (R1).
	await page.fill("#run-rpe", "5");
	await page.fill("#run-pain-after", "6");
	await page.selectOption("#run-side", "left");
	await page.click("#run-form button[type=submit]");
	await page.waitForURL(/\/a\/Ann\/today/);
	const afterRun = await verdict();
	check(`a run with pain 6/10 changes the verdict (${before} -> ${afterRun})`, afterRun !== before);
	check("the reason names R1, linked to its evidence",
	      await page.locator('a.rule[href="/evidence#R1"]').count() > 0);

	// An ankle log through the form.
	await open("/a/Ann/log");
	await page.fill("#ankle-date", "2026-03-01");
	await page.selectOption("#ankle-side", "right");
	await page.fill("#ankle-pain", "8");
	await page.click("#ankle-form button[type=submit]");
	await page.waitForURL(/\/a\/Ann\/today/);
	const afterAnkle = await verdict();
	check(`an ankle log with pain 8/10 changes the verdict (${afterRun} -> ${afterAnkle})`,
	      afterAnkle !== afterRun && afterAnkle === "see-clinician");
	check("no urgent headline without a red flag", await page.locator("section.urgent").count() === 0);

	// A red flag: the urgent headline, first on the page.
	await open("/a/Ann/log");
	await page.fill("#ankle-date", "2026-03-01");
	await page.selectOption("#ankle-side", "left");
	await page.check("#ankle-crack");
	await page.fill("#ankle-note", "<script>alert('x')</script> heard a crack");
	await page.click("#ankle-form button[type=submit]");
	await page.waitForURL(/\/a\/Ann\/today/);
	const urgent = page.locator("main section.urgent");
	check("a red flag brings the urgent headline", await urgent.isVisible());
	check("the headline says it in words", /URGENT/.test(await urgent.textContent()));
	check("the verdict is urgent care", await verdict() === "urgent-care");
	const first = await page.evaluate(() => {
		const m = document.querySelector("main");
		const kids = [...m.children].filter((e) => !["H1", "P"].includes(e.tagName));
		return kids[0] && kids[0].classList.contains("urgent");
	});
	check("the urgent headline comes first", first);
	await page.screenshot({ path: join(outDir, "screenshot-urgent.png"), fullPage: true });

	// The note with markup is text, not a script.
	await open("/a/Ann/ankles");
	check("a note with <script> shows as text", (await page.content()).includes("&lt;script&gt;alert"));

	// The programme's tick box logs an exercise (the page's script submits it).
	errors.length = 0;
	await open("/a/Ann/programme");
	const boxes = page.locator("ul.ticks input.autosubmit");
	const n = await boxes.count();
	if (n > 0) {
		const done0 = await page.locator("ul.ticks li.done").count();
		/* one click: check() would tick again the next box of the new page */
		await boxes.first().click({ noWaitAfter: true });
		await page.waitForURL(/logged=exercise/);
		await page.waitForLoadState("networkidle");
		const done1 = await page.locator("ul.ticks li.done").count();
		check(`a tick box logs the exercise (${done0} -> ${done1} done)`, done1 === done0 + 1);
	} else {
		check("the programme has tick boxes", false);
	}
	check("the programme page has no console error", errors.length === 0, errors.join("; "));

	// The report prints, on A4 and on Letter.
	await open("/a/Ann/report");
	for (const format of ["A4", "Letter"]) {
		const pdf = await page.pdf({ format, printBackground: false });
		writeFileSync(join(outDir, `report-${format}.pdf`), pdf);
		check(`the report prints to PDF on ${format} (${pdf.length} bytes)`,
		      pdf.length > 5000 && pdf.subarray(0, 4).toString() === "%PDF");
	}

	// The screenshot of the README: a day with reasons, before the red flag.
	const ids = JSON.parse(talus("ankle", "list", "--json")).logs.map((l) => l.id);
	talus("ankle", "rm", String(Math.max(...ids)));
	await page.setViewportSize({ width: 900, height: 1000 });
	await open("/a/Ann/today");
	await page.screenshot({ path: join(outDir, "screenshot-today.png"), fullPage: false });
	check("the screenshot is written", readFileSync(join(outDir, "screenshot-today.png")).length > 10000);
	await page.setViewportSize({ width: 1100, height: 900 });

	// A red flag through the form: the banner first, the flag with its day.
	await open("/a/Ann/log");
	await page.fill("#ankle-date", "2026-03-01");
	await page.selectOption("#ankle-side", "left");
	await page.check("#ankle-deformity");
	await page.click("#ankle-form button[type=submit]");
	await page.waitForURL(/\/a\/Ann\/today/);
	check("a red flag logged through the form: urgent care", await verdict() === "urgent-care");
	const firstSection = await page.evaluate(() => {
		const s = document.querySelector("main section");
		return s ? s.className : "";
	});
	check(`the urgent banner is the page's first section (${firstSection})`, firstSection === "urgent");
	const flagItem = page.locator('#red-flags li[data-side="left"]');
	check("the red flag that stands is listed with its day and how long ago",
	      /Sun 1 Mar 2026 \(today\)/.test(await flagItem.textContent()));

	// The ankle form asks the red-flag questions first, with the day.
	await open("/a/Ann/log");
	const standing = await page.textContent("#ankle-standing-left");
	check("the ankle form says the left flag stands, with its day",
	      /stands, logged Sun 1 Mar 2026 \(today\)/.test(standing), standing);
	const flagsFirst = await page.evaluate(() => {
		const f = document.getElementById("ankle-redflags"), p = document.getElementById("ankle-pain");
		return !!(f.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING);
	});
	check("the red-flag questions come before the pain", flagsFirst);

	// None of the red flags applies, and a red-flag box: refused beside it.
	const nBefore = JSON.parse(talus("ankle", "list", "--json")).logs.length;
	await page.fill("#ankle-date", "2026-03-01");
	await page.selectOption("#ankle-side", "left");
	await page.check("#ankle-numb");
	await page.check("#ankle-red-flags");
	await page.click("#ankle-form button[type=submit]");
	const rfErr = (await page.textContent("#ankle-red-flags-error")).trim();
	const rfCli = (() => {
		try { talus("ankle", "log", "--date", "2026-03-01", "--side", "left", "--numb", "--red-flags", "none"); }
		catch (e) { return e.stderr.toString().split("\n")[0].replace(/^talus: ankle log: /, ""); }
		return "";
	})();
	check(`"none applies" beside a red-flag box is refused beside it ("${rfErr}")`,
	      rfCli.length > 0 && rfErr === rfCli, `cli: ${rfCli}`);
	check("the boxes stay ticked", await page.isChecked("#ankle-numb") && await page.isChecked("#ankle-red-flags"));
	check("nothing was logged", JSON.parse(talus("ankle", "list", "--json")).logs.length === nBefore);

	// A consultation through the form, from the banner's link.
	await open("/a/Ann/today");
	await page.click("section.urgent a.seen-link");
	await page.waitForURL(/\/a\/Ann\/log#seen$/);
	await page.fill("#seen-date", "2026-03-01");
	await page.selectOption("#seen-side", "both");
	await page.selectOption("#seen-by", "clinician");
	await page.fill("#seen-note", "seen at the clinic");
	await page.click("#seen-form button[type=submit]");
	await page.waitForURL(/\/a\/Ann\/today\?logged=seen$/);
	check("after the consultation the banner is gone", await page.locator("section.urgent").count() === 0);
	check("no red flag stands", await page.locator("#red-flags").count() === 0);
	check(`the day is a rest day (${await verdict()})`, await verdict() === "rest");
	const head = (await page.textContent("#headline")).trim();
	const cliHead = talus("today").split("\n")[2].trim();
	check(`the headline is talus today's ("${head}")`, head === cliHead && /protect day 1/.test(head),
	      `cli: ${cliHead}`);
	const ses = page.locator("#session");
	check("the day's session is the recovery's protect day",
	      await ses.getAttribute("data-source") === "recovery" && await ses.getAttribute("data-kind") === "rest");
	await open("/a/Ann/ankles");
	check("the ankles page lists the consultation",
	      /seen at the clinic/.test(await page.textContent("table#consults")));
} catch (e) {
	check("the browser test ran to its end", false, e.stack);
} finally {
	await context.close();
	server.kill("SIGTERM");
	await new Promise((r) => server.on("exit", r));
	rmSync(tmp, { recursive: true, force: true });
}
console.log(`browser tests took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
