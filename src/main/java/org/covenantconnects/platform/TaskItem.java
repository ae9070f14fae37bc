package org.covenantconnects.platform;

/**
 * One task of a task list.
 *
 * @param href where the task is done, or {@code null} when it cannot be started yet
 * @param status the words of its status, such as "Completed" or "Not yet started"
 * @param completed whether to show the status as done (plain text) or to do (a tag)
 */
public record TaskItem(String title, String href, String hint, String status, boolean completed) {

}
