/** View models: the logic-free data the Mustache layouts read, one record per page kind and part. */
package eu.transferhub.generator.render.view;
