/** Records that are the JSON contract of the API (DESIGN §7). */
@NullMarked
package gongbao.search.api;

import org.jspecify.annotations.NullMarked;
