import { usePageTitle } from '../components/ui';

export function AccessibilityPage() {
  usePageTitle('Accessibility statement');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Accessibility statement</h1>
        <p className="govuk-body">
          This statement applies to the Partnership Delivery Tracker, used by multi-agency partnerships to run a strategy by the 4 P's (Prevent, Pursue, Protect,
          Prepare) and report progress on its delivery plan.
        </p>
        <h2 className="govuk-heading-m">How accessible this service is</h2>
        <p className="govuk-body">The service is built to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. You should be able to:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>use every page with a keyboard alone, with the focus always visible</li>
          <li>skip straight to the main content of each page</li>
          <li>zoom the page to 400% without losing content, and read it on a small screen</li>
          <li>use a screen reader: every page has one main heading, form fields have labels and errors are announced</li>
          <li>tell the status of an action without seeing colour: every red, amber, green or blue rating shows its word and a shape</li>
          <li>read the figures behind every chart in a table next to it</li>
          <li>print the board dashboard as a clean document without navigation</li>
        </ul>
        <h2 className="govuk-heading-m">How we test it</h2>
        <p className="govuk-body">
          Every page and state is checked automatically with axe-core against the WCAG 2.2 A and AA rules on each change, and the report progress form is tested with
          the keyboard only.
        </p>
        <h2 className="govuk-heading-m">Known issues</h2>
        <p className="govuk-body">
          The RAG by P chart is an image for people who can see it; the same figures are in the table beside it. Downloaded board packs (PDF, spreadsheet) may not be
          fully accessible: the dashboard shows the same content.
        </p>
        <h2 className="govuk-heading-m">Reporting problems</h2>
        <p className="govuk-body">
          If you find a problem using this service, tell your partnership coordinator, who will pass it to the team that runs it. We aim to reply within 5 working
          days.
        </p>
        <p className="govuk-body">This statement was prepared on 29 November 2026.</p>
      </div>
    </div>
  );
}
