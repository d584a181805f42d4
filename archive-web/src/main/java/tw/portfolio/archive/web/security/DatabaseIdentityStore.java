package tw.portfolio.archive.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import tw.portfolio.archive.account.AccountService;
import tw.portfolio.archive.account.AccountService.LoginResult;

/**
 * The Jakarta Security identity store over the ACCOUNT table: PBKDF2 hashes and throttled failures
 * (in {@link AccountService}). Used by the token endpoint.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {
    @Inject
    AccountService accounts;

    /** The full outcome, for callers that answer a throttled address differently. */
    public LoginResult check(String username, String password, String clientAddress) {
        return accounts.authenticate(username, password, clientAddress);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult r = check(up.getCaller(), up.getPasswordAsString(), null);
        if (r instanceof LoginResult.Success s) {
            Set<String> groups = s.grant().actor().roles().stream().map(Enum::name).collect(Collectors.toSet());
            return new CredentialValidationResult(s.grant().actor().username(), groups);
        }
        return CredentialValidationResult.INVALID_RESULT;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE);
    }
}
