/** The gongbao command line: ingest, serve, search, extract, stats. The only code that prints. */
@NullMarked
package gongbao.cli;

import org.jspecify.annotations.NullMarked;
