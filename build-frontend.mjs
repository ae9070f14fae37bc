// Compiles the service's stylesheet and copies GOV.UK Frontend's script into the build's
// static folder (the GDS Transport font and the crown images are deliberately not served). Called by the Maven build through npm; the output is not committed.
import * as sass from "sass";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";

const frontend = "node_modules/govuk-frontend/dist/govuk";
const target = "target/classes/static";

mkdirSync(`${target}/css`, { recursive: true });
const result = sass.compile("src/main/frontend/application.scss", {
  loadPaths: ["node_modules"],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(`${target}/css/application.css`, result.css);

mkdirSync(`${target}/js`, { recursive: true });
cpSync(`${frontend}/govuk-frontend.min.js`, `${target}/js/govuk-frontend.min.js`);
console.log("frontend: css, js and images written to " + target);
