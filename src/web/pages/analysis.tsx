import { Link } from 'wouter';
import { useApi } from '../api.js';
import { Await } from '../components/common.js';
import { AnalysisFilters } from './analysis/filters.js';
export { StateAnalysis } from './analysis/state.js';

/**
 * Analysis in the browser: an agreement heatmap (States ordered by ideal point), the regional
 * groups' cohesion over sessions and who voted against their group, ideal points with intervals;
 * and, on a State's page, its agreement over time and its ideal point. Every figure comes with the
 * votes it rests on; figures below the API's minimum are withheld and said to be. These modules (this page and
 * `analysis/`, one file per chart) and the chart library load only when one of these pages is opened.
 */

export function AnalysisPage() {
  const bodies = useApi('/api/v1/bodies');
  return (
    <>
      <p className="crumbs">
        <Link href="/">Record</Link> › Analysis
      </p>
      <h1>Who votes with whom</h1>
      <p className="lede">
        Agreement between States, the cohesion of the regional groups and where each State stands, from the recorded
        votes whose country lists are complete. Every figure says how many votes it rests on.
      </p>
      <Await result={bodies}>{(list) => <AnalysisFilters bodies={list} />}</Await>
    </>
  );
}
