// Progressive enhancement for every page: GOV.UK Frontend components.
import { initAll } from "../govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
