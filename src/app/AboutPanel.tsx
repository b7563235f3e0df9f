import { useTranslation } from 'react-i18next';

export function AboutPanel() {
  const { t } = useTranslation();
  return (
    <section className="panel about" aria-labelledby="about-title">
      <h1 id="about-title" tabIndex={-1}>
        {t('aboutPage.title')}
      </h1>
      <p>{t('aboutPage.intro')}</p>
      <h2>{t('aboutPage.privacy')}</h2>
      <ul className="about__list">
        <li>{t('aboutPage.nothingLeaves')}</li>
        <li>{t('aboutPage.policy')}</li>
        <li>{t('aboutPage.stored')}</li>
      </ul>
      <h2>{t('aboutPage.samples')}</h2>
      <dl className="about__samples">
        <dt>{t('aboutPage.retailTitle')}</dt>
        <dd>{t('aboutPage.retailText')}</dd>
        <dt>{t('aboutPage.ausTitle')}</dt>
        <dd>{t('aboutPage.ausText')}</dd>
      </dl>
    </section>
  );
}
