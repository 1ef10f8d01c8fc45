package dev.picket.bot.api;

import java.util.stream.Collectors;

import dev.picket.bot.index.NotServingException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps every failure of the API to a status and {@code {"error": "..."}}; nothing leaks a stack trace. */
@RestControllerAdvice
class ApiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimit.TooLargeException) {
                return error(HttpStatus.CONTENT_TOO_LARGE, cause.getMessage());
            }
            if (cause instanceof BodySizeLimit.TooSlowException) {
                return error(HttpStatus.REQUEST_TIMEOUT, cause.getMessage());
            }
        }
        return error(HttpStatus.BAD_REQUEST, "the request body must be a JSON object like {\"question\": \"...\"}");
    }

    // A query string Tomcat cannot decode (?q=%ff%fe, ?q=a%, too many parameters) is the client's fault.
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ApiError> badParameters(InvalidParameterException e) {
        log.debug("Refused a malformed query string: {}", e.getMessage());
        return error(HttpStatus.BAD_REQUEST, "the query string is malformed; percent-encode it as UTF-8");
    }

    // The contract answers a wrong content type with 400 like every other malformed request.
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> wrongContentType(HttpMediaTypeNotSupportedException e) {
        String types = e.getSupportedMediaTypes().isEmpty() ? "application/json" : e.getSupportedMediaTypes().stream()
                .map(t -> t.getType() + "/" + t.getSubtype()).collect(Collectors.joining(" or "));
        return error(HttpStatus.BAD_REQUEST, "the Content-Type must be " + types);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return error(HttpStatus.NOT_ACCEPTABLE, "picket answers in application/json");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "the parameter '" + e.getParameterName() + "' is required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "the parameter '" + e.getName() + "' has the wrong type");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> wrongMethod(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, e.getMethod() + " is not supported here");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> notFound(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "no such endpoint");
    }

    @ExceptionHandler(NotServingException.class)
    ResponseEntity<ApiError> notServing(NotServingException e) {
        return error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("Unexpected error answering a request", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "picket hit an unexpected error; the log has the details");
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ApiError(message));
    }
}
