package dev.picket.bot.articles;

import dev.picket.bot.reload.ReloadReport;

/**
 * An article file moved out of the corpus into {@code removed/}, and the reload that dropped it.
 *
 * @param fileName  its name in the corpus folder
 * @param movedTo   its path now, relative to the corpus folder
 * @param reload    the report of the reload that followed
 */
public record ArticleRemoved(String fileName, String movedTo, ReloadReport reload) {
}
