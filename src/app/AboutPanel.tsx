export function AboutPanel() {
  return (
    <section className="panel about" aria-labelledby="about-title">
      <h1 id="about-title">About Shelfcast</h1>
      <p>
        Shelfcast forecasts sales and plans stock from your own sales history. It is a static web page: every
        file you open is read, cleaned and modelled inside this browser tab.
      </p>
      <h2>Privacy</h2>
      <ul className="about__list">
        <li>Nothing leaves this device. There is no server, no account, no analytics and no tracking.</li>
        <li>
          The page's security policy blocks every connection to another site, so even a bug cannot upload your
          data.
        </li>
        <li>
          The only things kept between visits are your column mappings and settings, in this browser's own
          storage (IndexedDB). Clearing the site's data removes them.
        </li>
      </ul>
      <h2>Sample data</h2>
      <dl className="about__samples">
        <dt>Synthetic retail, daily</dt>
        <dd>
          Synthetic data, generated for Shelfcast: daily unit sales of made-up stores and items with
          promotions and prices. It describes no real business.
        </dd>
        <dt>Australian retail turnover, monthly</dt>
        <dd>
          Australian retail turnover: Source: Australian Bureau of Statistics, Retail Trade, Australia, cat.
          8501.0, table 11, CC BY 4.0 (via the tsibbledata R package).
        </dd>
      </dl>
    </section>
  );
}
