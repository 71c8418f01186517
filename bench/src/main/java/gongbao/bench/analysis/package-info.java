/**
 * Evaluations and benchmarks of Chinese analysis (issue 4): segmentation F1 on the SIGHAN 2005
 * bakeoff, exact phrase and known-item ranking on the rmrb articles, analyzer throughput.
 */
@NullMarked
package gongbao.bench.analysis;

import org.jspecify.annotations.NullMarked;
